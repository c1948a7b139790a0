using Polvo.Benchmarks.Infrastructure;

namespace Polvo.Benchmarks.Scenarios;

/// <summary>One benchmark scenario. Its constructor reads its flags (so bad flags fail before anything runs).</summary>
internal interface IScenario
{
    string Name { get; }

    Task<BenchResult> RunAsync(CancellationToken cancellationToken);
}
