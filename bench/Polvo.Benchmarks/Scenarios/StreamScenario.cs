using System.Diagnostics;
using System.Globalization;
using Polvo.Benchmarks.Infrastructure;
using Polvo.Stripe.Services;
using StripeNet = global::Stripe;

namespace Polvo.Benchmarks.Scenarios;

/// <summary>
/// Polvo's streaming <c>Customers.ListAsync</c> (typed decode, one page prefetched), a plain loop of
/// HttpClient + JsonDocument, and Stripe.net's <c>ListAutoPagingAsync</c> over the same pages, with no latency: the
/// cost of the client itself. The emulator runs in another process, so this process's CPU time and allocated bytes
/// are the client's alone. Each runs <c>--repeat</c> times, in turn; the fastest run of each counts, and the least CPU
/// and fewest bytes per item of each (the machine is shared: the least disturbed run is the fairest).
/// </summary>
internal sealed class StreamScenario(BenchArgs args) : IScenario
{
    private const int PageSize = 100;
    private readonly int _items = args.Int("items", 100_000, 5_000);
    private readonly int _repeat = Math.Max(1, args.Int("repeat", 5, 1));
    private readonly int _warmUpRounds = args.Int("warmup-rounds", 12, 1);

    public string Name => "stream";

    public async Task<BenchResult> RunAsync(CancellationToken cancellationToken)
    {
        await using var emulator = await EmulatorProcess.StartAsync(
            ["--seed-customers", _items.ToString(CultureInfo.InvariantCulture)], TimeSpan.FromMinutes(2), cancellationToken);
        using var http = BenchClients.Http();
        using var client = BenchClients.Polvo(emulator.BaseUrl, requestsPerSecond: null); // the emulator has no rate limit here
        var raw = BenchClients.RawPager(http, emulator.BaseUrl);
        var stripeNet = StripeNetClients.Create(http, emulator.BaseUrl);

        // Warm-up until every path (and the emulator) runs tier-1 JIT code: a few rounds of up to 20,000 items each.
        var warmUp = Math.Min(_items, 20_000);
        Progress.Say($"stream: warming up ({_warmUpRounds} x {warmUp} items each way)");
        for (var round = 0; round < _warmUpRounds; round++)
        {
            await raw.RunAsync(static item => item.GetProperty("id").GetString(), maxItems: warmUp, cancellationToken: cancellationToken);
            await PolvoAsync(client, warmUp, cancellationToken);
            await StripeNetAsync(stripeNet, warmUp, cancellationToken);
        }

        Run bestRaw = default, bestPolvo = default, bestStripeNet = default;
        for (var run = 0; run < _repeat; run++)
        {
            var rawRun = await Measure(async () =>
            {
                var stats = await raw.RunAsync(static item => item.GetProperty("id").GetString(), cancellationToken: cancellationToken);
                return (stats.Items, stats.FirstItem);
            });
            var polvoRun = await Measure(() => PolvoAsync(client, long.MaxValue, cancellationToken));
            var stripeNetRun = await Measure(() => StripeNetAsync(stripeNet, long.MaxValue, cancellationToken));
            Progress.Say($"stream: run {run + 1}/{_repeat}: raw {rawRun.Rate:N0} items/s, polvo {polvoRun.Rate:N0} items/s ({polvoRun.CpuUsPerItem:0.00} us CPU, {polvoRun.BytesPerItem:N0} B per item), Stripe.net {stripeNetRun.Rate:N0} items/s ({stripeNetRun.CpuUsPerItem:0.00} us CPU, {stripeNetRun.BytesPerItem:N0} B per item)");
            (bestRaw, bestPolvo, bestStripeNet) = run == 0 ? (rawRun, polvoRun, stripeNetRun) : (bestRaw.Best(rawRun), bestPolvo.Best(polvoRun), bestStripeNet.Best(stripeNetRun));
        }

        var result = new BenchResult(Name)
            .Add("items", _items)
            .Add("polvo_items_per_s", bestPolvo.Rate, 0)
            .Add("raw_items_per_s", bestRaw.Rate, 0)
            .Add("stripenet_items_per_s", bestStripeNet.Rate, 0)
            .Add("overhead_ratio", Rates.Ratio(bestRaw.Rate, bestPolvo.Rate), 3)
            .Add("stripenet_vs_polvo_time", Rates.Ratio(bestPolvo.Rate, bestStripeNet.Rate), 2)
            .Add("polvo_cpu_us_per_item", bestPolvo.CpuUsPerItem, 2)
            .Add("raw_cpu_us_per_item", bestRaw.CpuUsPerItem, 2)
            .Add("stripenet_cpu_us_per_item", bestStripeNet.CpuUsPerItem, 2)
            .Add("stripenet_vs_polvo_cpu", Rates.Ratio(bestStripeNet.CpuUsPerItem, bestPolvo.CpuUsPerItem), 2)
            .Add("polvo_bytes_per_item", bestPolvo.BytesPerItem, 0)
            .Add("raw_bytes_per_item", bestRaw.BytesPerItem, 0)
            .Add("stripenet_bytes_per_item", bestStripeNet.BytesPerItem, 0)
            .Add("stripenet_vs_polvo_bytes", Rates.Ratio(bestStripeNet.BytesPerItem, bestPolvo.BytesPerItem), 2)
            .Add("time_to_first_item_ms", bestPolvo.FirstItem.TotalMilliseconds, 1)
            .Add("stripenet_time_to_first_item_ms", bestStripeNet.FirstItem.TotalMilliseconds, 1)
            .Add("page_size", PageSize)
            .Add("runs", _repeat);
        result.Expect("polvo_items_seen", bestPolvo.Items, _items);
        result.Expect("raw_items_seen", bestRaw.Items, _items);
        result.Expect("stripenet_items_seen", bestStripeNet.Items, _items);
        return result;
    }

    /// <summary>Times one run and reads this process's CPU time and allocated bytes around it.</summary>
    private static async Task<Run> Measure(Func<Task<(long Items, TimeSpan FirstItem)>> run)
    {
        using var self = Process.GetCurrentProcess();
        var cpuBefore = self.TotalProcessorTime;
        var bytesBefore = GC.GetTotalAllocatedBytes(precise: true);
        var stopwatch = Stopwatch.StartNew();
        var (items, firstItem) = await run();
        var elapsed = stopwatch.Elapsed;
        var bytes = GC.GetTotalAllocatedBytes(precise: true) - bytesBefore;
        self.Refresh();
        var cpu = self.TotalProcessorTime - cpuBefore;
        return new Run(items, elapsed, firstItem, cpu.TotalMicroseconds / Math.Max(1, items), bytes / (double)Math.Max(1, items));
    }

    private static async Task<(long Items, TimeSpan FirstItem)> PolvoAsync(Polvo.Stripe.StripeClient client, long maxItems, CancellationToken cancellationToken)
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

        return (items, firstItem);
    }

    private static async Task<(long Items, TimeSpan FirstItem)> StripeNetAsync(StripeNet.StripeClient client, long maxItems, CancellationToken cancellationToken)
    {
        long items = 0;
        var firstItem = TimeSpan.Zero;
        var stopwatch = Stopwatch.StartNew();
        await foreach (var customer in client.V1.Customers.ListAutoPagingAsync(new StripeNet.CustomerListOptions { Limit = PageSize }, cancellationToken: cancellationToken))
        {
            if (items++ == 0) firstItem = stopwatch.Elapsed;
            if (customer.Id.Length == 0) throw new InvalidOperationException("Stripe.net streamed a customer without an id.");
            if (items >= maxItems) break;
        }

        return (items, firstItem);
    }

    private readonly record struct Run(long Items, TimeSpan Elapsed, TimeSpan FirstItem, double CpuUsPerItem, double BytesPerItem)
    {
        public double Rate => Rates.PerSecond(Items, Elapsed);

        /// <summary>The fastest run's rate and first item, the least CPU and fewest bytes per item of either.</summary>
        public Run Best(Run other) => (other.Elapsed < Elapsed ? other : this) with
        {
            CpuUsPerItem = Math.Min(CpuUsPerItem, other.CpuUsPerItem),
            BytesPerItem = Math.Min(BytesPerItem, other.BytesPerItem),
        };
    }
}
