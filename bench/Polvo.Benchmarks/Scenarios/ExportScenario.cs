using System.Diagnostics;
using System.Globalization;
using Polvo.Benchmarks.Infrastructure;
using Polvo.Emulator;
using Polvo.Export;
using Polvo.Stripe.Services;
using StripeNet = global::Stripe;

namespace Polvo.Benchmarks.Scenarios;

/// <summary>
/// Every customer, with the emulator answering after <c>--latency-ms</c> and enforcing <c>--rate-limit</c> requests/s
/// (ceiling rate × 100 items/s), read three ways in this order each run: Stripe.net's serial
/// <c>ListAutoPagingAsync</c> (timed over its first <c>--serial-items</c>, its rate is steady); the hand-written
/// Stripe.net loop over fixed <c>created</c> slices (<see cref="StripeNetSlicedExport"/>), swept over slice widths and
/// concurrencies with the best reported; Polvo's partitioned export with its default options on a client told the
/// emulator's rate (default burst). Then the same on adversarial data (bursts of <c>--bursty-burst-max</c> in one
/// second). Ids are checked against a second emulator process seeded the same way.
/// </summary>
internal sealed class ExportScenario(BenchArgs args) : IScenario
{
    private const int PageSize = 100;
    private const long Day = 86_400;
    private readonly int _items = args.Int("items", 50_000, 5_000);
    private readonly int _latencyMs = args.Int("latency-ms", 200, 20);
    private readonly double _rateLimit = args.Double("rate-limit", 100, 100, 1, 100_000);
    private readonly int _serialItems = Math.Max(1, args.Int("serial-items", 2_000, 500));
    private readonly int _partitions = args.Int("partitions", 0, 0);
    private readonly bool _timeline = args.Int("timeline", 0, 0) > 0;
    private readonly int _burstyMax = args.Int("bursty-burst-max", 1_000, 1_000);
    private readonly int _warmupDays = args.Int("warmup-days", 30, 30);
    private readonly long[] _sliceDays = args.Quick ? [7] : [1, 3, 7];
    private readonly int[] _sliceConcurrency = args.Quick ? [16] : [24, 32];
    private readonly TimeSpan _quiet = TimeSpan.FromSeconds(args.Quick ? 0.25 : 1);

    public string Name => "export";

    public async Task<BenchResult> RunAsync(CancellationToken cancellationToken)
    {
        var result = await RunOnceAsync(new EmulatorOptions().SeedBurstMax, serial: true, cancellationToken);
        Progress.Say($"export: again with bursts of up to {_burstyMax:N0} customers in one second (adversarial)");
        var bursty = await RunOnceAsync(_burstyMax, serial: false, cancellationToken);
        foreach (var (name, value) in bursty.Fields)
        {
            if (name is "bound_ratio" or "polvo_items_per_s" or "stripenet_best_items_per_s" or "stripenet_bound_ratio" or "polvo_vs_stripenet" or "stripenet_best" or "stripenet_sweep"
                or "duplicates" or "missing" or "http_429" or "unexpected" or "polvo_requests" or "seed_burst_max")
                result.AddRaw(name + "_bursty", value);
        }

        foreach (var check in bursty.FailedChecks)
            result.Fail(check.Replace("export.", "export.bursty.", StringComparison.Ordinal));
        return result;
    }

    private async Task<BenchResult> RunOnceAsync(int seedBurstMax, bool serial, CancellationToken cancellationToken)
    {
        Progress.Say($"export: reference ids from a second emulator process ({_items:N0} customers, bursts up to {seedBurstMax})");
        var reference = await ReferenceIds.ReadAsync(_items, seedBurstMax, cancellationToken);
        await using var emulator = await StripeEmulator.StartAsync(
            new EmulatorOptions { SeedCustomers = _items, SeedBurstMax = seedBurstMax, LatencyMs = _latencyMs, RateLimit = _rateLimit }, cancellationToken);
        using var http = BenchClients.Http();
        var stripeNet = StripeNetClients.Create(http, emulator.BaseUrl);
        long upper = DateTimeOffset.UtcNow.ToUnixTimeSeconds() + 1, lower = upper - (366 * Day); // the seeded year, known to the hand loop's author

        double serialRate = 0;
        if (serial)
        {
            Progress.Say($"export: Stripe.net serial ListAutoPagingAsync over the first {_serialItems:N0} items ({_latencyMs} ms latency)");
            serialRate = await StripeNetSerialAsync(stripeNet, cancellationToken);
        }

        // Stripe.net hand loop: an untimed warm-up over the newest days, then the sweep; each run starts with full buckets.
        await StripeNetSlicedExport.RunAsync(stripeNet, upper - (Math.Max(1, _warmupDays) * Day), upper, Day, _sliceConcurrency[0], cancellationToken);
        var sweep = new List<(long Days, int Concurrency, double Rate, long Http429, bool Exact)>();
        foreach (var days in _sliceDays)
        {
            foreach (var concurrency in _sliceConcurrency)
            {
                await RefillAsync(emulator, cancellationToken);
                var before429 = emulator.Requests.Count429;
                var run = await StripeNetSlicedExport.RunAsync(stripeNet, lower, upper, days * Day, concurrency, cancellationToken);
                var check = IdCheck.Of(run.Ids, reference);
                var rate = Rates.PerSecond(check.Unique, run.Elapsed);
                sweep.Add((days, concurrency, rate, emulator.Requests.Count429 - before429, check.Exact));
                Progress.Say($"export: Stripe.net {days}-day slices ({run.Slices}), {concurrency} at a time: {rate:N0} items/s, {emulator.Requests.Count429 - before429} 429s, {(check.Exact ? "exact" : $"{check.Missing} missing, {check.Duplicates} duplicates")}");
            }
        }

        var best = sweep.Where(s => s.Exact).DefaultIfEmpty(sweep[0]).MaxBy(s => s.Rate);

        var timeline = _timeline ? new RequestTimeline() : null;
        using var client = BenchClients.Polvo(emulator.BaseUrl, _rateLimit, timeline: timeline);
        await WarmUpAsync(client, cancellationToken);
        timeline?.Clear();
        await RefillAsync(emulator, cancellationToken);
        var requestsBefore = emulator.Requests.Count("GET", "/v1/customers");
        var polvo429Before = emulator.Requests.Count429;
        var options = new CustomerExportOptions { PageSize = PageSize };
        if (_partitions > 0) options.MaxConcurrency = _partitions;
        Progress.Say($"export: Polvo's partitioned export of {_items:N0} items, {options.MaxConcurrency} partitions{(_partitions > 0 ? string.Empty : " (default)")}, client limit {_rateLimit} requests/s, default burst");
        var seen = new List<string>(_items);
        var stopwatch = Stopwatch.StartNew();
        await foreach (var customer in client.Customers.ExportAsync(options, cancellationToken: cancellationToken))
            seen.Add(customer.Id);
        var elapsed = stopwatch.Elapsed;
        var polvoRequests = emulator.Requests.Count("GET", "/v1/customers") - requestsBefore;
        var polvo429 = emulator.Requests.Count429 - polvo429Before;
        timeline?.Print(Name, TimeSpan.FromMilliseconds(250));

        var polvoCheck = IdCheck.Of(seen, reference);
        var polvoRate = Rates.PerSecond(polvoCheck.Unique, elapsed);
        var bound = _rateLimit * PageSize;
        var result = new BenchResult(Name).Add("items", _items);
        if (serial)
        {
            result.Add("stripenet_serial_items_per_s", serialRate, 0)
                .Add("speedup_vs_stripenet_serial", Rates.Ratio(polvoRate, serialRate), 1);
        }

        result.Add("polvo_items_per_s", polvoRate, 0)
            .Add("stripenet_best_items_per_s", best.Rate, 0)
            .Add("polvo_vs_stripenet", Rates.Ratio(polvoRate, best.Rate), 3)
            .Add("ratelimit_bound_items_per_s", bound, 0)
            .Add("bound_ratio", Rates.Ratio(polvoRate, bound), 3)
            .Add("stripenet_bound_ratio", Rates.Ratio(best.Rate, bound), 3)
            .Add("stripenet_best", $"{best.Days}-day slices, {best.Concurrency} at a time, {best.Http429} 429s{(best.Exact ? string.Empty : ", NOT exact")}")
            .Add("stripenet_sweep", string.Join("; ", sweep.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Days}d x{s.Concurrency}: {Rates.Ratio(s.Rate, bound):0.000}{(s.Http429 > 0 ? $" ({s.Http429} 429s)" : string.Empty)}{(s.Exact ? string.Empty : " inexact")}"))))
            .Add("duplicates", polvoCheck.Duplicates)
            .Add("missing", polvoCheck.Missing)
            .Add("http_429", polvo429)
            .Add("unexpected", polvoCheck.Unexpected)
            .Add("latency_ms", _latencyMs)
            .Add("emulator_rate_limit_rps", _rateLimit, 1)
            .Add("client_rate_limit_rps", _rateLimit, 1)
            .Add("partitions", options.MaxConcurrency)
            .Add("warmup_days", _warmupDays)
            .Add("polvo_requests", polvoRequests)
            .Add("min_requests", (long)Math.Ceiling(_items / (double)PageSize))
            .Add("polvo_s", elapsed.TotalSeconds, 2)
            .Add("seed_burst_max", seedBurstMax);
        result.Expect("duplicates", polvoCheck.Duplicates, 0);
        result.Expect("missing", polvoCheck.Missing, 0);
        result.Expect("unexpected", polvoCheck.Unexpected, 0);
        result.Expect("http_429", polvo429, 0);
        return result;
    }

    private async Task<double> StripeNetSerialAsync(StripeNet.StripeClient client, CancellationToken cancellationToken)
    {
        long items = 0;
        var stopwatch = Stopwatch.StartNew();
        await foreach (var customer in client.V1.Customers.ListAutoPagingAsync(new StripeNet.CustomerListOptions { Limit = PageSize }, cancellationToken: cancellationToken))
        {
            if (customer.Id.Length == 0) throw new InvalidOperationException("Stripe.net returned a customer without an id.");
            if (++items >= _serialItems) break;
        }

        return Rates.PerSecond(items, stopwatch.Elapsed);
    }

    /// <summary>
    /// Untimed warm-up, as any benchmark does: one export over the newest <c>--warmup-days</c> (JIT of the export path,
    /// the client's connections opened). Its requests are not counted in <c>polvo_requests</c>; its 429s would be.
    /// </summary>
    private async Task WarmUpAsync(Polvo.Stripe.StripeClient client, CancellationToken cancellationToken)
    {
        if (_warmupDays <= 0) return;
        var options = new CustomerExportOptions { PageSize = PageSize, CreatedAfter = DateTimeOffset.UtcNow.AddDays(-_warmupDays) };
        if (_partitions > 0) options.MaxConcurrency = _partitions;
        var count = 0;
        await foreach (var _ in client.Customers.ExportAsync(options, cancellationToken: cancellationToken)) count++;
        Progress.Say($"export: Polvo warm-up exported {count:N0} items of the last {_warmupDays} days (untimed)");
    }

    /// <summary>A second of quiet (a quarter with --quick), then a full emulator bucket: every timed run starts as after an idle spell (the client's limiter refills too).</summary>
    private async Task RefillAsync(StripeEmulator emulator, CancellationToken cancellationToken)
    {
        await Task.Delay(_quiet, cancellationToken);
        emulator.Faults.RateLimit = _rateLimit;
    }
}
