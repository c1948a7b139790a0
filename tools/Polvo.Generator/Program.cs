using Polvo.Generator;

// Regenerates Polvo.Core's Stripe models and services from specs/stripe/spec3.json.
//   dotnet run --project tools/Polvo.Generator            writes src/Polvo.Core/Stripe/Generated
//   dotnet run --project tools/Polvo.Generator -- --check  exits 1 when the committed files differ
var root = RepositoryRoot.Find();
var run = Runner.Generate(root);
if (args.Contains("--check"))
{
    var differences = run.Files.Compare(Runner.OutputFolder(root));
    foreach (var difference in differences.Take(20))
    {
        Console.Error.WriteLine(difference);
    }

    if (differences.Count > 0)
    {
        Console.Error.WriteLine($"{differences.Count} generated file(s) differ from spec3.json + overrides.json; run: dotnet run --project tools/Polvo.Generator");
        return 1;
    }

    Console.WriteLine($"Generated code is up to date ({run.Files.Count} files).");
    return 0;
}

run.Files.WriteTo(Runner.OutputFolder(root));
Console.WriteLine(run.Summary);
return 0;
