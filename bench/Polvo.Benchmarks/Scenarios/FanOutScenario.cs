using System.Diagnostics;
using Polvo.Benchmarks.Infrastructure;
using Polvo.Emulator;
using Polvo.Parallel;
using Polvo.Stripe;
using Polvo.Stripe.Entities;
using StripeNet = global::Stripe;

namespace Polvo.Benchmarks.Scenarios;

/// <summary>
/// <c>--calls</c> gets by id, each answered after <c>--latency-ms</c>: one after another, then through
/// <see cref="FanOut"/> with <c>--throttle</c> in flight; then the same gets through Stripe.net with
/// <c>Task.WhenAll</c> under a <c>SemaphoreSlim(--throttle)</c>, the idiom a Stripe.net user writes. The ideal speedup
/// is the throttle.
/// </summary>
internal sealed class FanOutScenario(BenchArgs args) : IScenario
{
    private readonly int _calls = Math.Max(1, args.Int("calls", 1_000, 100));
    private readonly int _throttle = Math.Max(1, args.Int("throttle", 16, 16));
    private readonly int _latencyMs = args.Int("latency-ms", 50, 10);

    public string Name => "fanout";

    public async Task<BenchResult> RunAsync(CancellationToken cancellationToken)
    {
        await using var emulator = await StripeEmulator.StartAsync(new EmulatorOptions { SeedCustomers = _calls }, cancellationToken);
        using var http = BenchClients.Http();
        var ids = await BenchClients.RawPager(http, emulator.BaseUrl).ReadAllIdsAsync(cancellationToken);
        using var client = BenchClients.Polvo(emulator.BaseUrl, requestsPerSecond: null); // the emulator has no rate limit here
        await FanOutAsync(client, ids.Take(_throttle), cancellationToken); // warm-up: connections and JIT
        emulator.Faults.LatencyMs = _latencyMs;

        Progress.Say($"fanout: {_calls:N0} sequential gets ({_latencyMs} ms latency each)");
        var stopwatch = Stopwatch.StartNew();
        foreach (var id in ids)
        {
            var customer = await client.Customers.GetAsync(id, cancellationToken: cancellationToken);
            if (customer.Id != id) throw new InvalidOperationException($"Asked for {id}, got {customer.Id}.");
        }

        var sequential = stopwatch.Elapsed;
        Progress.Say($"fanout: {_calls:N0} gets through FanOut, {_throttle} at a time");
        stopwatch.Restart();
        var (succeeded, failed) = await FanOutAsync(client, ids, cancellationToken);
        var fanOut = stopwatch.Elapsed;

        emulator.Faults.LatencyMs = 0;
        var stripeNet = StripeNetClients.Create(http, emulator.BaseUrl);
        await StripeNetWhenAllAsync(stripeNet, ids.Take(_throttle), cancellationToken); // warm-up: connections and JIT
        emulator.Faults.LatencyMs = _latencyMs;
        Progress.Say($"fanout: {_calls:N0} gets through Stripe.net, Task.WhenAll under SemaphoreSlim({_throttle})");
        stopwatch.Restart();
        var stripeNetFailed = await StripeNetWhenAllAsync(stripeNet, ids, cancellationToken);
        var stripeNetFanOut = stopwatch.Elapsed;

        var result = new BenchResult(Name)
            .Add("calls", _calls)
            .Add("sequential_s", sequential.TotalSeconds, 3)
            .Add("fanout_s", fanOut.TotalSeconds, 3)
            .Add("speedup", Rates.Ratio(sequential.TotalSeconds, fanOut.TotalSeconds), 2)
            .Add("stripenet_whenall_s", stripeNetFanOut.TotalSeconds, 3)
            .Add("stripenet_speedup", Rates.Ratio(sequential.TotalSeconds, stripeNetFanOut.TotalSeconds), 2)
            .Add("stripenet_vs_polvo_time", Rates.Ratio(stripeNetFanOut.TotalSeconds, fanOut.TotalSeconds), 3)
            .Add("stripenet_failures", stripeNetFailed)
            .Add("throttle", _throttle)
            .Add("latency_ms", _latencyMs)
            .Add("failures", failed);
        result.Expect("fanout_succeeded", succeeded, _calls);
        result.Expect("failures", failed, 0);
        return result;
    }

    // The Stripe.net idiom: every get started at once, at most `throttle` past the semaphore; a failure is counted, not thrown.
    private async Task<long> StripeNetWhenAllAsync(StripeNet.StripeClient client, IEnumerable<string> ids, CancellationToken cancellationToken)
    {
        long failed = 0;
        using var gate = new SemaphoreSlim(_throttle);
        await Task.WhenAll(ids.Select(async id =>
        {
            await gate.WaitAsync(cancellationToken);
            try
            {
                var customer = await client.V1.Customers.GetAsync(id, cancellationToken: cancellationToken);
                if (customer.Id != id) Interlocked.Increment(ref failed);
            }
            catch (StripeNet.StripeException)
            {
                Interlocked.Increment(ref failed);
            }
            finally
            {
                gate.Release();
            }
        }));
        return failed;
    }

    private async Task<(long Succeeded, long Failed)> FanOutAsync(StripeClient client, IEnumerable<string> ids, CancellationToken cancellationToken)
    {
        long succeeded = 0, failed = 0;
        var options = new FanOutOptions { MaxConcurrency = _throttle };
        await foreach (var result in FanOut.RunAsync<string, Customer>(ids, (id, token) => new(client.Customers.GetAsync(id, cancellationToken: token)), options, cancellationToken))
        {
            if (result.IsSuccess && result.Value!.Id == result.Input) succeeded++;
            else failed++;
        }

        return (succeeded, failed);
    }
}
