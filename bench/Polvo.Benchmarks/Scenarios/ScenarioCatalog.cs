using Polvo.Benchmarks.Infrastructure;

namespace Polvo.Benchmarks.Scenarios;

/// <summary>The scenario names, their one-line descriptions for --help, and how <c>all</c> orders them.</summary>
internal static class ScenarioCatalog
{
    /// <summary>The order of <c>all</c>'s output. <c>memory</c> runs first (see <see cref="RunOrder"/>) but is listed last.</summary>
    public static readonly string[] Names = ["export", "stream", "fanout", "faults", "memory", "module"];

    public const string Usage = """
        Usage: dotnet run -c Release --project bench/Polvo.Benchmarks -- SCENARIO [--json] [--quick] [flags]

        Scenarios (each starts its own emulator; see bench/README.md):
          export   serial Stripe-style pager vs Polvo's partitioned export under latency and a rate limit
                   --items 50000 --latency-ms 200 --rate-limit 100 --serial-items 2000 --partitions 24
                   --warmup-days 30 (untimed warm-up export over the newest days; 0 = none)
                   --timeline 1 (print requests started and in flight per quarter second)
          stream   Polvo's streaming list vs a plain HttpClient + JsonDocument loop, no latency
                   --items 100000 --repeat 5 --warmup-rounds 12
          fanout   sequential gets by id vs FanOut      --calls 1000 --throttle 16 --latency-ms 50
          faults   creates through retries under injected faults
                   --items 5000 --throttle 16 --fault-rate 0.10 --reset-rate 0.05 --reset-after-commit-rate 0.05
                   --lock-timeout-rate 0.05 --max-retries 8 --base-delay-ms 50
          memory   the client's peak working set streaming seeded customers from an emulator in another process
                   --items 1000000
          all      every scenario in turn (memory first, in a process nothing else has used yet)

        --json   print the result as one JSON object on the last line of stdout (progress goes to stderr)
        --quick  small sizes for a smoke test (all: under ~20 s); the exit code is 1 when a correctness check fails
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
