using System.Diagnostics;
using Polvo.Benchmarks.Infrastructure;
using Polvo.Emulator;
using Polvo.Stripe.Services;

namespace Polvo.Benchmarks.Scenarios;

/// <summary>
/// Polvo's streaming <c>Customers.ListAsync</c> (typed decode, one page prefetched) against a plain loop of
/// HttpClient + JsonDocument over the same pages, with no latency: the cost of the client itself.
/// Each side runs <c>--repeat</c> times, alternating; the best run of each counts.
/// </summary>
internal sealed class StreamScenario(BenchArgs args) : IScenario
{
    private const int PageSize = 100;
    private readonly int _items = args.Int("items", 100_000, 5_000);
    private readonly int _repeat = Math.Max(1, args.Int("repeat", 5, 1));
    private readonly int _warmUpRounds = args.Int("warmup-rounds", 12, 2);

    public string Name => "stream";

    public async Task<BenchResult> RunAsync(CancellationToken cancellationToken)
    {
        await using var emulator = await StripeEmulator.StartAsync(new EmulatorOptions { SeedCustomers = _items }, cancellationToken);
        using var http = BenchClients.Http();
        using var client = BenchClients.Polvo(emulator.BaseUrl, requestsPerSecond: null); // the emulator has no rate limit here
        var raw = BenchClients.RawPager(http, emulator.BaseUrl);

        // Warm-up until both paths (and the emulator) run tier-1 JIT code: a few rounds of up to 20,000 items each.
        var warmUp = Math.Min(_items, 20_000);
        Progress.Say($"stream: warming up ({_warmUpRounds} x {warmUp} items each way)");
        for (var round = 0; round < _warmUpRounds; round++)
        {
            await raw.RunAsync(static item => item.GetProperty("id").GetString(), maxItems: warmUp, cancellationToken: cancellationToken);
            await PolvoAsync(client, warmUp, cancellationToken);
        }

        RawPagingStats bestRaw = default;
        PolvoRun bestPolvo = default;
        for (var run = 0; run < _repeat; run++)
        {
            var rawRun = await raw.RunAsync(static item => item.GetProperty("id").GetString(), cancellationToken: cancellationToken);
            var polvoRun = await PolvoAsync(client, long.MaxValue, cancellationToken);
            Progress.Say($"stream: run {run + 1}/{_repeat}: raw {Rates.PerSecond(rawRun.Items, rawRun.Elapsed):N0} items/s, polvo {Rates.PerSecond(polvoRun.Items, polvoRun.Elapsed):N0} items/s");
            if (run == 0 || rawRun.Elapsed < bestRaw.Elapsed) bestRaw = rawRun;
            if (run == 0 || polvoRun.Elapsed < bestPolvo.Elapsed) bestPolvo = polvoRun;
        }

        var polvoRate = Rates.PerSecond(bestPolvo.Items, bestPolvo.Elapsed);
        var rawRate = Rates.PerSecond(bestRaw.Items, bestRaw.Elapsed);
        var result = new BenchResult(Name)
            .Add("items", _items)
            .Add("polvo_items_per_s", polvoRate, 0)
            .Add("raw_items_per_s", rawRate, 0)
            .Add("overhead_ratio", Rates.Ratio(rawRate, polvoRate), 3)
            .Add("time_to_first_item_ms", bestPolvo.FirstItem.TotalMilliseconds, 1)
            .Add("page_latency_ms", bestRaw.MeanPageMs, 2)
            .Add("page_size", PageSize)
            .Add("runs", _repeat);
        result.Expect("polvo_items_seen", bestPolvo.Items, _items);
        result.Expect("raw_items_seen", bestRaw.Items, _items);
        return result;
    }

    private static async Task<PolvoRun> PolvoAsync(Polvo.Stripe.StripeClient client, long maxItems, CancellationToken cancellationToken)
    {
        long items = 0;
        var firstItem = TimeSpan.Zero;
        var stopwatch = Stopwatch.StartNew();
        await foreach (var customer in client.Customers.ListAsync(new CustomerListOptions { Limit = PageSize }, cancellationToken: cancellationToken))
        {
            if (items++ == 0) firstItem = stopwatch.Elapsed;
            if (customer.Id.Length == 0) throw new InvalidOperationException("A customer without an id was streamed.");
            if (items >= maxItems) break;
        }

        return new PolvoRun(items, stopwatch.Elapsed, firstItem);
    }

    private readonly record struct PolvoRun(long Items, TimeSpan Elapsed, TimeSpan FirstItem);
}
