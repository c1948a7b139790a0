using System.Diagnostics;
using Polvo.Benchmarks.Infrastructure;
using Polvo.Emulator;
using Polvo.Stripe.Services;

namespace Polvo.Benchmarks.Scenarios;

/// <summary>
/// A serial Stripe-style auto-pager (one request at a time, <c>starting_after</c>, 100 per page; timed over its
/// first <c>--serial-items</c>, since its rate is steady) against Polvo's partitioned export of every customer,
/// with the emulator answering after <c>--latency-ms</c> and enforcing <c>--rate-limit</c> requests/s. Polvo's
/// client is told the same rate (RateLimit.RequestsPerSecond), so the ceiling is rate × 100 items per second.
/// The exported ids are checked against the emulator's own list, read before latency and limit were turned on.
/// </summary>
internal sealed class ExportScenario(BenchArgs args) : IScenario
{
    private const int PageSize = 100;
    private readonly int _items = args.Int("items", 50_000, 5_000);
    private readonly int _latencyMs = args.Int("latency-ms", 200, 20);
    private readonly double _rateLimit = args.Double("rate-limit", 100, 100, 1, 100_000);
    private readonly int _serialItems = Math.Max(1, args.Int("serial-items", 2_000, 500));
    private readonly int _partitions = Math.Max(1, args.Int("partitions", 24, 16));
    private readonly bool _timeline = args.Int("timeline", 0, 0) > 0;
    private readonly int _burstyMax = args.Int("bursty-burst-max", 1_000, 1_000);
    private readonly int _warmupDays = args.Int("warmup-days", 30, 30);

    public string Name => "export";

    public async Task<BenchResult> RunAsync(CancellationToken cancellationToken)
    {
        var result = await RunOnceAsync(new EmulatorOptions().SeedBurstMax, cancellationToken);
        Progress.Say($"export: again with bursts of up to {_burstyMax:N0} customers in one second (adversarial)");
        var bursty = await RunOnceAsync(_burstyMax, cancellationToken);
        foreach (var (name, value) in bursty.Fields)
        {
            if (name is "bound_ratio" or "polvo_items_per_s" or "duplicates" or "missing" or "http_429" or "unexpected" or "polvo_requests" or "seed_burst_max")
                result.AddRaw(name + "_bursty", value);
        }

        result.Expect("duplicates_bursty", bursty.Number("duplicates"), 0);
        result.Expect("missing_bursty", bursty.Number("missing"), 0);
        result.Expect("unexpected_bursty", bursty.Number("unexpected"), 0);
        result.Expect("http_429_bursty", bursty.Number("http_429"), 0);
        return result;
    }

    /// <summary>
    /// Untimed warm-up, as any benchmark does: one export over the newest <c>--warmup-days</c> (JIT of the export path,
    /// the client's connections opened), then a pause until the client's limiter bucket is full again, as it would be
    /// for a caller that had been idle. Its requests are not counted in <c>polvo_requests</c>; its 429s would be.
    /// </summary>
    private async Task WarmUpAsync(Polvo.Stripe.StripeClient client, CancellationToken cancellationToken)
    {
        if (_warmupDays <= 0) return;
        var options = new CustomerExportOptions { MaxConcurrency = _partitions, PageSize = PageSize, CreatedAfter = DateTimeOffset.UtcNow.AddDays(-_warmupDays) };
        var count = 0;
        await foreach (var _ in client.Customers.ExportAsync(options, cancellationToken: cancellationToken)) count++;
        Progress.Say($"export: warm-up exported {count:N0} items of the last {_warmupDays} days (untimed); waiting 1 s for the limiter to refill");
        await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
    }

    private async Task<BenchResult> RunOnceAsync(int seedBurstMax, CancellationToken cancellationToken)
    {
        await using var emulator = await StripeEmulator.StartAsync(new EmulatorOptions { SeedCustomers = _items, SeedBurstMax = seedBurstMax }, cancellationToken);
        using var http = BenchClients.Http();
        var raw = BenchClients.RawPager(http, emulator.BaseUrl);
        var reference = (await raw.ReadAllIdsAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);

        emulator.Faults.LatencyMs = _latencyMs;
        emulator.Faults.RateLimit = _rateLimit;
        emulator.Requests.Clear();

        Progress.Say($"export: serial pager over the first {_serialItems:N0} items ({_latencyMs} ms latency)");
        var serial = await raw.RunAsync(static item => item.GetProperty("id").GetString(), maxItems: _serialItems, pageSize: PageSize, cancellationToken: cancellationToken);

        var timeline = _timeline ? new RequestTimeline() : null;
        using var client = BenchClients.Polvo(emulator.BaseUrl, _rateLimit, timeline: timeline);
        await WarmUpAsync(client, cancellationToken);
        timeline?.Clear();
        emulator.Faults.RateLimit = _rateLimit; // a full bucket again, as after any quiet spell
        var requestsBefore = emulator.Requests.Count("GET", "/v1/customers");
        Progress.Say($"export: Polvo's partitioned export of {_items:N0} items, {_partitions} partitions, client limit {_rateLimit} requests/s");
        var seen = new List<string>(_items);
        var stopwatch = Stopwatch.StartNew();
        await foreach (var customer in client.Customers.ExportAsync(new CustomerExportOptions { MaxConcurrency = _partitions, PageSize = PageSize }, cancellationToken: cancellationToken))
            seen.Add(customer.Id);
        var elapsed = stopwatch.Elapsed;
        var polvoRequests = emulator.Requests.Count("GET", "/v1/customers") - requestsBefore;
        timeline?.Print(Name, TimeSpan.FromMilliseconds(250));

        var unique = seen.ToHashSet(StringComparer.Ordinal);
        var duplicates = seen.Count - unique.Count;
        var missing = reference.Count(id => !unique.Contains(id));
        var unexpected = unique.Count(id => !reference.Contains(id));
        var serialRate = Rates.PerSecond(serial.Items, serial.Elapsed);
        var polvoRate = Rates.PerSecond(unique.Count, elapsed);
        var bound = _rateLimit * PageSize;
        var result = new BenchResult(Name)
            .Add("items", _items)
            .Add("serial_items_per_s", serialRate, 0)
            .Add("polvo_items_per_s", polvoRate, 0)
            .Add("speedup", Rates.Ratio(polvoRate, serialRate), 1)
            .Add("ratelimit_bound_items_per_s", bound, 0)
            .Add("bound_ratio", Rates.Ratio(polvoRate, bound), 3)
            .Add("duplicates", duplicates)
            .Add("missing", missing)
            .Add("http_429", emulator.Requests.Count429)
            .Add("unexpected", unexpected)
            .Add("latency_ms", _latencyMs)
            .Add("emulator_rate_limit_rps", _rateLimit, 1)
            .Add("client_rate_limit_rps", _rateLimit, 1)
            .Add("partitions", _partitions)
            .Add("warmup_days", _warmupDays)
            .Add("polvo_requests", polvoRequests)
            .Add("min_requests", (long)Math.Ceiling(_items / (double)PageSize))
            .Add("polvo_s", elapsed.TotalSeconds, 2)
            .Add("seed_burst_max", seedBurstMax);
        result.Expect("duplicates", duplicates, 0);
        result.Expect("missing", missing, 0);
        result.Expect("unexpected", unexpected, 0);
        result.Expect("http_429", emulator.Requests.Count429, 0);
        return result;
    }
}
