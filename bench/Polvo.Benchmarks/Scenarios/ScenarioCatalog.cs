using Polvo.Benchmarks.Infrastructure;

namespace Polvo.Benchmarks.Scenarios;

/// <summary>The scenario names, their one-line descriptions for --help, and how <c>all</c> orders them.</summary>
internal static class ScenarioCatalog
{
    /// <summary>The order of <c>all</c>'s output. <c>memory</c> runs first (see <see cref="RunOrder"/>) but is listed last.</summary>
    public static readonly string[] Names = ["export", "stream", "fanout", "faults", "memory", "module"];

    public const string Usage = """
        Usage: dotnet run -c Release --project bench/Polvo.Benchmarks -- SCENARIO [--json] [--quick] [flags]

        Scenarios (each starts its own emulator; each reports Polvo, Stripe.net 53.1.0 and their ratio; see bench/README.md):
          export   Stripe.net's serial ListAutoPagingAsync and hand-written sliced loop (swept) vs Polvo's partitioned
                   export with default options, under latency and a rate limit; again on adversarial bursts
                   --items 50000 --latency-ms 200 --rate-limit 100 --serial-items 2000 --bursty-burst-max 1000
                   --partitions 0 (0 = the export's default MaxConcurrency) --warmup-days 30 (0 = no warm-up)
                   --timeline 1 (print requests started and in flight per quarter second)
          stream   Polvo's streaming list vs a plain HttpClient + JsonDocument loop vs Stripe.net, no latency;
                   CPU time and allocated bytes per item   --items 100000 --repeat 5 --warmup-rounds 12
          fanout   sequential gets vs FanOut vs Stripe.net Task.WhenAll under SemaphoreSlim
                   --calls 1000 --throttle 16 --latency-ms 50
          faults   bulk creates under injected faults, Polvo and Stripe.net, default retries and --max-retries;
                   failures re-run with the idempotency keys they used
                   --items 2000 --throttle 16 --fault-rate 0.10 --reset-rate 0.05 --reset-after-commit-rate 0.05
                   --lock-timeout-rate 0.05 --max-retries 8 --rerun-rounds 3
          memory   the client's peak working set streaming seeded customers from an emulator in another process
                   --items 1000000
          module   import time, working set and first item in fresh pwsh processes (needs out/Polvo from
                   dotnet build Polvo.sln -c Release; skipped otherwise)   --runs 10
          all      every scenario in turn (memory first, in a process nothing else has used yet)

        --json   print the result as one JSON object on the last line of stdout (progress goes to stderr)
        --quick  small sizes for a smoke test (all: about 30 s; more on a loaded machine); the exit code is 1 when a correctness check fails
        """;

    /// <summary>Creates the scenarios <paramref name="args"/> names (reading their flags), in the order they run.</summary>
    public static IReadOnlyList<IScenario> Create(BenchArgs args)
    {
        var names = args.Scenario == "all" ? RunOrder : [args.Scenario];
        return names.Select(name => Create(name, args)).ToList();
    }

    // memory measures the process's peak working set, which is a high-water mark for the whole process,
    // so under 'all' it runs before any other scenario has allocated anything.
    private static readonly string[] RunOrder = ["memory", "export", "stream", "fanout", "faults", "module"];

    private static IScenario Create(string name, BenchArgs args) => name switch
    {
        "export" => new ExportScenario(args),
        "stream" => new StreamScenario(args),
        "fanout" => new FanOutScenario(args),
        "memory" => new MemoryScenario(args),
        "faults" => new FaultsScenario(args),
        "module" => new ModuleScenario(args),
        _ => throw new ArgumentException($"Unknown scenario '{name}'. Use one of: {string.Join(", ", Names)}, all."),
    };
}
