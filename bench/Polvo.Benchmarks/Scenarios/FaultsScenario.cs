using System.Diagnostics;
using Polvo.Benchmarks.Infrastructure;
using Polvo.Emulator;
using Polvo.Resilience;
using Polvo.Stripe;
using Polvo.Stripe.Services;
using StripeNet = global::Stripe;

namespace Polvo.Benchmarks.Scenarios;

/// <summary>
/// Bulk creates, <c>--throttle</c> at a time, while the emulator fails requests: 500s, connections dropped before any
/// change, connections dropped after the customer was created, and 429 lock timeouts. Four runs in this order, each
/// on a fresh emulator: Polvo with its default retries, Polvo with <c>--max-retries</c>, Stripe.net with its default
/// retries, Stripe.net with <c>--max-retries</c>. Every item carries its own idempotency key and a unique marker in its
/// metadata. After the faulty run the failed items are counted (and how many of them had in fact created the
/// customer), then run again with the keys they used (up to <c>--rerun-rounds</c> times, faults still on), as a user
/// re-runs the failures; the emulator's list (faults off) is then read back and each marker counted, so a create that
/// happened twice shows up as a duplicate.
/// </summary>
internal sealed class FaultsScenario(BenchArgs args) : IScenario
{
    private const string MarkerKey = "bench_marker";
    private readonly int _items = args.Int("items", 2_000, 48);
    private readonly int _throttle = Math.Max(1, args.Int("throttle", 16, 16));
    private readonly double _faultRate = args.Double("fault-rate", 0.10, 0.10, 0, 1);
    private readonly double _resetRate = args.Double("reset-rate", 0.05, 0.05, 0, 1);
    private readonly double _resetAfterCommitRate = args.Double("reset-after-commit-rate", 0.05, 0.05, 0, 1);
    private readonly double _lockTimeoutRate = args.Double("lock-timeout-rate", 0.05, 0.05, 0, 1);
    private readonly int _maxRetries = args.Int("max-retries", 8, 8);
    private readonly int _rerunRounds = Math.Max(1, args.Int("rerun-rounds", 3, 3));

    public string Name => "faults";

    public async Task<BenchResult> RunAsync(CancellationToken cancellationToken)
    {
        var result = new BenchResult(Name)
            .Add("requested", _items)
            .Add("throttle", _throttle)
            .Add("fault_rate", _faultRate, 2)
            .Add("reset_rate", _resetRate, 2)
            .Add("reset_after_commit_rate", _resetAfterCommitRate, 2)
            .Add("lock_timeout_rate", _lockTimeoutRate, 2);
        var runs = new Dictionary<string, FaultRun>(StringComparer.Ordinal);
        foreach (var stripeNet in new[] { false, true })
        {
            foreach (var retries in new int?[] { null, _maxRetries })
            {
                var label = $"{(stripeNet ? "stripenet" : "polvo")}_{(retries is null ? "default" : $"{retries}")}";
                var run = await RunOneAsync(label, stripeNet, retries, cancellationToken);
                runs[label] = run;
                result.Add($"{label}_max_retries", run.MaxRetries)
                    .Add($"{label}_failures", run.Failures)
                    .Add($"{label}_failed_but_created", run.FailedButCreated)
                    .Add($"{label}_rerun_rounds", run.RerunRounds)
                    .Add($"{label}_created_unique", run.CreatedUnique)
                    .Add($"{label}_duplicates", run.Duplicates)
                    .Add($"{label}_still_failing", run.StillFailing)
                    .Add($"{label}_requests_sent", run.RequestsSent)
                    .Add($"{label}_elapsed_s", run.Elapsed.TotalSeconds, 2);
                if (!stripeNet)
                {
                    result.Expect($"{label}_created_unique", run.CreatedUnique, _items);
                    result.Expect($"{label}_duplicates", run.Duplicates, 0);
                    result.Expect($"{label}_still_failing", run.StillFailing, 0);
                }
            }
        }

        // How many more items a Stripe.net user must re-run than a Polvo user (failures of the first run; 1 when Polvo had none).
        result.Add("stripenet_vs_polvo_failures_default", runs["stripenet_default"].Failures / (double)Math.Max(1, runs["polvo_default"].Failures), 2)
            .Add($"stripenet_vs_polvo_failures_{_maxRetries}", runs[$"stripenet_{_maxRetries}"].Failures / (double)Math.Max(1, runs[$"polvo_{_maxRetries}"].Failures), 2);
        result.Expect($"polvo_{_maxRetries}_failures", runs[$"polvo_{_maxRetries}"].Failures, 0);
        return result;
    }

    private async Task<FaultRun> RunOneAsync(string label, bool useStripeNet, int? maxRetries, CancellationToken cancellationToken)
    {
        await using var emulator = await StripeEmulator.StartAsync(new EmulatorOptions(), cancellationToken);
        var faults = emulator.Faults;
        void FaultsOn() => (faults.FaultRate, faults.ResetRate, faults.ResetAfterCommitRate, faults.LockTimeoutRate) = (_faultRate, _resetRate, _resetAfterCommitRate, _lockTimeoutRate);
        using var http = BenchClients.Http();
        using var polvo = BenchClients.Polvo(emulator.BaseUrl, requestsPerSecond: null, maxRetries is { } m ? new HttpResilienceOptions { MaxRetries = m } : null); // no rate limit in this emulator
        var stripeNet = StripeNetClients.Create(http, emulator.BaseUrl, maxRetries);
        var effectiveRetries = maxRetries ?? (useStripeNet ? StripeNetClients.DefaultMaxNetworkRetries : new HttpResilienceOptions().MaxRetries);
        var keys = Enumerable.Range(0, _items).Select(i => $"bench-{label}-{i}-{Guid.NewGuid():N}").ToArray();
        Func<int, CancellationToken, Task> create = useStripeNet
            ? (i, token) => stripeNet.V1.Customers.CreateAsync(
                new StripeNet.CustomerCreateOptions { Email = $"bench{i}@example.com", Metadata = new Dictionary<string, string> { [MarkerKey] = $"m{i}" } },
                new StripeNet.RequestOptions { IdempotencyKey = keys[i] },
                token)
            : (i, token) => polvo.Customers.CreateAsync(
                new CustomerCreateOptions { Email = $"bench{i}@example.com", Metadata = new() { [MarkerKey] = $"m{i}" } },
                new RequestOptions { IdempotencyKey = keys[i] },
                token);

        FaultsOn();
        Progress.Say($"faults: {label}: {_items:N0} creates, {_throttle} at a time, {effectiveRetries} retries, {_faultRate:P0} 500s, {_resetRate:P0} resets, {_resetAfterCommitRate:P0} resets after commit, {_lockTimeoutRate:P0} 429s");
        var stopwatch = Stopwatch.StartNew();
        var failed = await CreateAsync(Enumerable.Range(0, _items), create, cancellationToken);
        var elapsed = stopwatch.Elapsed;
        var requestsSent = emulator.Requests.Total;

        faults.Clear();
        var afterFirst = await ReadMarkersAsync(emulator.BaseUrl, cancellationToken);
        var failedButCreated = failed.Count(i => afterFirst.ContainsKey($"m{i}"));
        var failures = failed.Count;

        // The user's re-run: the failed items again, each with the idempotency key it used, faults still on.
        FaultsOn();
        var rounds = 0;
        while (failed.Count > 0 && rounds < _rerunRounds)
        {
            rounds++;
            failed = await CreateAsync(failed, create, cancellationToken);
        }

        faults.Clear();
        var markers = await ReadMarkersAsync(emulator.BaseUrl, cancellationToken);
        var run = new FaultRun(effectiveRetries, failures, failedButCreated, rounds, markers.Count, markers.Values.Sum(count => count - 1L), failed.Count, requestsSent, elapsed);
        Progress.Say($"faults: {label}: {run}");
        return run;
    }

    // A plain bounded loop (the same for both clients, so only their retry rules differ); a failed item is noted, never rethrown.
    private async Task<List<int>> CreateAsync(IEnumerable<int> items, Func<int, CancellationToken, Task> create, CancellationToken cancellationToken)
    {
        var failed = new List<int>();
        await System.Threading.Tasks.Parallel.ForEachAsync(items, new ParallelOptions { MaxDegreeOfParallelism = _throttle, CancellationToken = cancellationToken }, async (i, token) =>
        {
            try
            {
                await create(i, token);
            }
            catch (Exception error) when (error is not OperationCanceledException || !token.IsCancellationRequested)
            {
                lock (failed) failed.Add(i);
            }
        });
        return failed;
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

    private sealed record FaultRun(long MaxRetries, long Failures, long FailedButCreated, long RerunRounds, long CreatedUnique, long Duplicates, long StillFailing, long RequestsSent, TimeSpan Elapsed);
}
