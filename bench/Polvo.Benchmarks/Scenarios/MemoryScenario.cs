using System.Diagnostics;
using System.Globalization;
using Polvo.Benchmarks.Infrastructure;
using Polvo.Stripe.Services;

namespace Polvo.Benchmarks.Scenarios;

/// <summary>
/// Streams every seeded customer through <c>Customers.ListAsync</c> from an emulator in another process and
/// samples this process's peak working set (the kernel's high-water mark, VmHWM) after a tenth of the items and
/// at the end. Flat memory means the stream holds pages, not the whole list.
/// </summary>
internal sealed class MemoryScenario(BenchArgs args) : IScenario
{
    private const double MiB = 1024 * 1024;
    private readonly int _items = args.Int("items", 1_000_000, 50_000);

    public string Name => "memory";

    public async Task<BenchResult> RunAsync(CancellationToken cancellationToken)
    {
        Progress.Say($"memory: starting an emulator process with {_items:N0} seeded customers");
        await using var emulator = await EmulatorProcess.StartAsync(
            ["--seed-customers", _items.ToString(CultureInfo.InvariantCulture)], TimeSpan.FromMinutes(2), cancellationToken);
        using var client = BenchClients.Polvo(emulator.BaseUrl, requestsPerSecond: null); // the emulator has no rate limit here

        var checkpoint = Math.Max(1, _items / 10);
        long items = 0;
        double peakAtCheckpoint = 0, workingSetAtCheckpoint = 0;
        var stopwatch = Stopwatch.StartNew();
        await foreach (var customer in client.Customers.ListAsync(new CustomerListOptions { Limit = 100 }, cancellationToken: cancellationToken))
        {
            if (customer.Id.Length == 0) throw new InvalidOperationException("A customer without an id was streamed.");
            if (++items == checkpoint)
                (peakAtCheckpoint, workingSetAtCheckpoint) = Sample();
            if (items % 100_000 == 0)
                Progress.Say($"memory: {items:N0} items, peak working set {Sample().Peak:N1} MB");
        }

        var elapsed = stopwatch.Elapsed;
        var (peakAtEnd, workingSetAtEnd) = Sample();
        var result = new BenchResult(Name)
            .Add("items", items)
            .Add("checkpoint_items", checkpoint)
            .Add("peak_working_set_mb_100k", peakAtCheckpoint, 1)
            .Add("peak_working_set_mb_1m", peakAtEnd, 1)
            .Add("growth_ratio", Rates.Ratio(peakAtEnd, peakAtCheckpoint), 3)
            .Add("working_set_after_gc_mb_100k", workingSetAtCheckpoint, 1)
            .Add("working_set_after_gc_mb_1m", workingSetAtEnd, 1)
            .Add("items_per_s", Rates.PerSecond(items, elapsed), 0);
        result.Expect("items", items, _items);
        return result;
    }

    // The peak is read as it is (a collection cannot lower a high-water mark); the current working set after a full collection.
    private static (double Peak, double WorkingSetAfterGc) Sample()
    {
        using var self = Process.GetCurrentProcess();
        var peak = (HighWaterMarkBytes() ?? self.PeakWorkingSet64) / MiB;
        GC.Collect();
        GC.WaitForPendingFinalizers();
        self.Refresh();
        return (peak, self.WorkingSet64 / MiB);
    }

    // On Linux the kernel's own resident high-water mark (VmHWM in /proc/self/status), read directly.
    private static long? HighWaterMarkBytes()
    {
        const string Status = "/proc/self/status";
        if (!File.Exists(Status)) return null;
        var line = File.ReadLines(Status).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        var kb = line?.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
        return kb is not null && long.TryParse(kb, CultureInfo.InvariantCulture, out var value) ? value * 1024 : null;
    }
}
