using System.Collections.Concurrent;
using System.Net;
using StripeNet = global::Stripe;

namespace Polvo.Benchmarks.Infrastructure;

/// <summary>
/// The hand-written concurrent loop a Stripe.net user writes in half an hour: <c>created</c> split into fixed
/// slices, <c>ListAutoPagingAsync</c> per slice, <c>concurrency</c> slices at a time under a
/// <see cref="SemaphoreSlim"/>; on a 429 it waits a second and resumes the slice after the last id it saw.
/// It has no client-side limiter, and it needs to know where the data lies (the slices cover [from, to)).
/// </summary>
internal static class StripeNetSlicedExport
{
    public static async Task<SlicedRun> RunAsync(StripeNet.StripeClient client, long from, long to, long sliceSeconds, int concurrency, CancellationToken cancellationToken)
    {
        var ids = new ConcurrentQueue<string>();
        var rateLimited = 0;
        using var gate = new SemaphoreSlim(concurrency);
        var slices = new List<(long From, long To)>();
        for (var hi = to; hi > from; hi -= sliceSeconds) slices.Add((Math.Max(from, hi - sliceSeconds), hi));

        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        await Task.WhenAll(slices.Select(async slice =>
        {
            await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                string? after = null;
                while (true)
                {
                    try
                    {
                        var options = new StripeNet.CustomerListOptions
                        {
                            Limit = 100,
                            StartingAfter = after,
                            Created = new StripeNet.DateRangeOptions
                            {
                                GreaterThanOrEqual = DateTimeOffset.FromUnixTimeSeconds(slice.From).UtcDateTime,
                                LessThan = DateTimeOffset.FromUnixTimeSeconds(slice.To).UtcDateTime,
                            },
                        };
                        await foreach (var customer in client.V1.Customers.ListAutoPagingAsync(options, cancellationToken: cancellationToken).ConfigureAwait(false))
                        {
                            ids.Enqueue(customer.Id);
                            after = customer.Id;
                        }

                        return;
                    }
                    catch (StripeNet.StripeException e) when (e.HttpStatusCode == HttpStatusCode.TooManyRequests)
                    {
                        Interlocked.Increment(ref rateLimited);
                        await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken).ConfigureAwait(false);
                    }
                }
            }
            finally
            {
                gate.Release();
            }
        })).ConfigureAwait(false);
        return new SlicedRun(ids.ToArray(), stopwatch.Elapsed, rateLimited, slices.Count);
    }
}

/// <summary>What one sliced run saw: every id in arrival order, the time, the 429s it caught, the number of slices.</summary>
internal sealed record SlicedRun(string[] Ids, TimeSpan Elapsed, int RateLimited, int Slices);
