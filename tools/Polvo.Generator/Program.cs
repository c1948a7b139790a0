using Polvo.Generator;

// Regenerates Polvo.Core's Stripe models and services from specs/stripe/spec3.json, and the PowerShell cmdlets from cmdlets.json.
//   dotnet run --project tools/Polvo.Generator            writes src/Polvo.Core/Stripe/Generated
//   dotnet run --project tools/Polvo.Generator -- --check  exits 1 when the committed files differ
var root = RepositoryRoot.Find();
var run = Runner.Generate(root);
if (args.Contains("--check"))
{
    var differences = Runner.Check(root);
    foreach (var difference in differences.Take(20))
    {
        Console.Error.WriteLine(difference);
    }

    if (differences.Count > 0)
    {
        Console.Error.WriteLine($"{differences.Count} generated file(s) differ from spec3.json + overrides.json + cmdlets.json; run: dotnet run --project tools/Polvo.Generator");
        return 1;
    }

    Console.WriteLine($"Generated code is up to date ({run.Files.Count} files).");
    return 0;
}

run.WriteTo(root);
Console.WriteLine(run.Summary);
return 0;
