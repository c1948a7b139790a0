using System.Diagnostics;
using Polvo.Benchmarks.Infrastructure;
using Polvo.Emulator;
using Polvo.Parallel;
using Polvo.Resilience;
using Polvo.Stripe;
using Polvo.Stripe.Entities;
using Polvo.Stripe.Services;

namespace Polvo.Benchmarks.Scenarios;

/// <summary>
/// Creates customers through the client's retry pipeline while the emulator fails requests: 500s, connections
/// dropped before any change, connections dropped after the customer was created, and 429 lock timeouts. Each
/// create carries a unique marker in its metadata; afterwards the emulator's list (faults off) is read back to
/// count each marker, so a retried create that created twice shows up as a duplicate.
/// </summary>
internal sealed class FaultsScenario(BenchArgs args) : IScenario
{
    private const string MarkerKey = "bench_marker";
    private readonly int _items = args.Int("items", 5_000, 300);
    private readonly int _throttle = Math.Max(1, args.Int("throttle", 16, 16));
    private readonly double _faultRate = args.Double("fault-rate", 0.10, 0.10, 0, 1);
    private readonly double _resetRate = args.Double("reset-rate", 0.05, 0.05, 0, 1);
    private readonly double _resetAfterCommitRate = args.Double("reset-after-commit-rate", 0.05, 0.05, 0, 1);
    private readonly double _lockTimeoutRate = args.Double("lock-timeout-rate", 0.05, 0.05, 0, 1);
    private readonly int _maxRetries = args.Int("max-retries", 8, 8);
    private readonly int _baseDelayMs = Math.Max(1, args.Int("base-delay-ms", 50, 10));

    public string Name => "faults";

    public async Task<BenchResult> RunAsync(CancellationToken cancellationToken)
    {
        await using var emulator = await StripeEmulator.StartAsync(new EmulatorOptions(), cancellationToken);
        var before = emulator.CustomerCount;
        var faults = emulator.Faults;
        (faults.FaultRate, faults.ResetRate, faults.ResetAfterCommitRate, faults.LockTimeoutRate) = (_faultRate, _resetRate, _resetAfterCommitRate, _lockTimeoutRate);
        var resilience = new HttpResilienceOptions { MaxRetries = _maxRetries, BaseDelay = TimeSpan.FromMilliseconds(_baseDelayMs) };
        using var client = BenchClients.Polvo(emulator.BaseUrl, requestsPerSecond: null, resilience); // no rate limit in this emulator

        Progress.Say($"faults: {_items:N0} creates, {_throttle} at a time, {_faultRate:P0} 500s, {_resetRate:P0} resets, {_resetAfterCommitRate:P0} resets after commit, {_lockTimeoutRate:P0} 429s");
        var stopwatch = Stopwatch.StartNew();
        var failures = await CreateAllAsync(client, cancellationToken);
        var elapsed = stopwatch.Elapsed;
        var requestsSent = emulator.Requests.Total;

        faults.Clear();
        var markers = await ReadMarkersAsync(emulator.BaseUrl, cancellationToken);
        var createdUnique = markers.Count;
        var duplicates = markers.Values.Sum(count => count - 1);
        var delta = emulator.CustomerCount - before;

        var result = new BenchResult(Name)
            .Add("requested", _items)
            .Add("created_unique", createdUnique)
            .Add("duplicates", duplicates)
            .Add("failures", failures.Count)
            .Add("requests_sent", requestsSent)
            .Add("customer_count_delta", delta)
            .Add("throttle", _throttle)
            .Add("max_retries", _maxRetries)
            .Add("retry_base_delay_ms", _baseDelayMs)
            .Add("elapsed_s", elapsed.TotalSeconds, 2);
        result.Expect("created_unique", createdUnique, _items);
        result.Expect("duplicates", duplicates, 0);
        result.Expect("failures", failures.Count, 0);
        result.Expect("customer_count_delta", delta, _items);
        foreach (var failure in failures.Take(3))
            Progress.Say($"faults: a create failed: {failure}");
        return result;
    }

    // Through FanOut, which captures each item's exception as that item's result.
    private async Task<List<string>> CreateAllAsync(StripeClient client, CancellationToken cancellationToken)
    {
        var failures = new List<string>();
        var results = FanOut.RunAsync<int, Customer>(
            Enumerable.Range(0, _items),
            (i, token) => new(client.Customers.CreateAsync(
                new CustomerCreateOptions { Email = $"bench{i}@example.com", Metadata = new() { [MarkerKey] = $"m{i}" } },
                cancellationToken: token)),
            new FanOutOptions { MaxConcurrency = _throttle },
            cancellationToken);
        await foreach (var result in results)
        {
            if (!result.IsSuccess)
                failures.Add($"item {result.Input}: {result.Exception.GetType().Name}: {result.Exception.Message}");
        }

        return failures;
    }

    private static async Task<Dictionary<string, int>> ReadMarkersAsync(Uri baseUrl, CancellationToken cancellationToken)
    {
        using var http = BenchClients.Http();
        var markers = new Dictionary<string, int>(StringComparer.Ordinal);
        await BenchClients.RawPager(http, baseUrl).RunAsync(
            item =>
            {
                if (item.TryGetProperty("metadata", out var metadata) && metadata.TryGetProperty(MarkerKey, out var marker))
                    markers[marker.GetString()!] = markers.GetValueOrDefault(marker.GetString()!) + 1;
            },
            cancellationToken: cancellationToken);
        return markers;
    }
}
