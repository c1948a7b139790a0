using Polvo.Stripe.Http;

namespace Polvo.Core.Tests.TestSupport;

/// <summary>
/// Collects the client's <see cref="StripeRequestEvent"/>s (one per HTTP attempt, reported once the attempt
/// has ended) and lets a test await the n-th one: an awaitable signal instead of a sleep.
/// </summary>
internal sealed class RequestRecorder
{
    private readonly object _gate = new();
    private readonly List<StripeRequestEvent> _events = [];
    private readonly List<(Func<StripeRequestEvent, bool> Match, TaskCompletionSource<StripeRequestEvent> Signal)> _waiters = [];

    public IReadOnlyList<StripeRequestEvent> Events
    {
        get
        {
            lock (_gate)
            {
                return _events.ToArray();
            }
        }
    }

    public void Record(StripeRequestEvent requestEvent)
    {
        List<TaskCompletionSource<StripeRequestEvent>> ready;
        lock (_gate)
        {
            _events.Add(requestEvent);
            ready = _waiters.Where(w => w.Match(requestEvent)).Select(w => w.Signal).ToList();
            _waiters.RemoveAll(w => ready.Contains(w.Signal));
        }

        foreach (var signal in ready)
        {
            signal.TrySetResult(requestEvent);
        }
    }

    /// <summary>Completes when an attempt matching <paramref name="match"/> has been reported (already or later).</summary>
    public Task<StripeRequestEvent> WhenReported(Func<StripeRequestEvent, bool> match)
    {
        lock (_gate)
        {
            var seen = _events.FirstOrDefault(match);
            if (seen is not null)
            {
                return Task.FromResult(seen);
            }

            var signal = new TaskCompletionSource<StripeRequestEvent>(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((match, signal));
            return signal.Task.WaitAsync(TimeSpan.FromSeconds(30)); // a hang guard only; never a timing assertion
        }
    }
}
