using System.Text.Json;
using Polvo.Benchmarks.Infrastructure;
using Polvo.Benchmarks.Scenarios;

// Runs one scenario (or all) against an emulator it starts itself and prints the figures:
// progress on stderr, and with --json one JSON object on the last line of stdout.
BenchArgs parsed;
IReadOnlyList<IScenario> scenarios;
try
{
    parsed = BenchArgs.Parse(args);
    if (parsed.Help)
    {
        Console.WriteLine(ScenarioCatalog.Usage);
        return 0;
    }

    scenarios = ScenarioCatalog.Create(parsed);
    parsed.RejectUnused();
}
catch (ArgumentException error)
{
    Console.Error.WriteLine($"Polvo.Benchmarks: {error.Message}");
    Console.Error.WriteLine(ScenarioCatalog.Usage);
    return 2;
}

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};

var results = new List<BenchResult>();
foreach (var scenario in scenarios)
{
    Progress.Say($"{scenario.Name}: starting{(parsed.Quick ? " (quick)" : string.Empty)}");
    var result = await scenario.RunAsync(cancel.Token);
    Progress.Say($"{scenario.Name}: {result.ToJson()}");
    results.Add(result);
}

var failed = results.SelectMany(r => r.FailedChecks).ToList();
foreach (var failure in failed)
    Progress.Say($"CORRECTNESS CHECK FAILED: {failure}");

if (parsed.Json)
{
    using var stdout = Console.OpenStandardOutput();
    using (var writer = new Utf8JsonWriter(stdout))
    {
        if (results.Count == 1)
        {
            results[0].WriteTo(writer);
        }
        else
        {
            writer.WriteStartObject();
            foreach (var name in ScenarioCatalog.Names)
            {
                writer.WritePropertyName(name);
                results.Single(r => r.Scenario == name).WriteTo(writer);
            }

            writer.WriteBoolean("correct", failed.Count == 0);
            writer.WriteEndObject();
        }
    }

    stdout.Write("\n"u8);
}
else
{
    foreach (var result in results)
        Console.WriteLine(result.ToJson());
}

return failed.Count == 0 ? 0 : 1;
