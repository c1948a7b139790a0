using System.Collections.Concurrent;
using System.Diagnostics;
using Polvo.Stripe.Http;

namespace Polvo.Benchmarks.Infrastructure;

/// <summary>
/// Records when each of a client's HTTP attempts started and ended (from <c>StripeClientOptions.OnRequest</c>), and
/// prints requests started and the average in flight per time slice: the diagnostic for a run below its ceiling.
/// </summary>
internal sealed class RequestTimeline
{
    private readonly ConcurrentQueue<(TimeSpan Start, TimeSpan End)> _requests = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    public void Record(StripeRequestEvent request)
    {
        var end = _clock.Elapsed;
        _requests.Enqueue((end - request.Elapsed, end));
    }

    /// <summary>Forgets what was recorded so far (the warm-up).</summary>
    public void Clear() => _requests.Clear();

    public void Print(string scenario, TimeSpan slice)
    {
        var requests = _requests.ToArray();
        if (requests.Length == 0) return;
        var origin = requests.Min(r => r.Start);
        var last = requests.Max(r => r.End) - origin;
        for (var from = TimeSpan.Zero; from < last; from += slice)
        {
            var to = from + slice;
            var started = requests.Count(r => r.Start - origin >= from && r.Start - origin < to);
            var busy = requests.Sum(r => Overlap(r.Start - origin, r.End - origin, from, to).Ticks);
            Progress.Say($"{scenario}: {from.TotalSeconds,5:0.0}s  started {started,4} ({started / slice.TotalSeconds,6:0} /s)  in flight {(double)busy / slice.Ticks,5:0.0}");
        }
    }

    private static TimeSpan Overlap(TimeSpan start, TimeSpan end, TimeSpan from, TimeSpan to)
    {
        var overlap = (end < to ? end : to) - (start > from ? start : from);
        return overlap > TimeSpan.Zero ? overlap : TimeSpan.Zero;
    }
}
