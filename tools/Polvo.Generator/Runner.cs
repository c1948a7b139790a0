namespace Polvo.Generator;

/// <summary>One generation: every file in memory, with a summary of what it holds.</summary>
public sealed class Runner
{
    private Runner(GeneratedFiles files, GeneratedFiles cmdlets, string summary)
    {
        Files = files;
        Cmdlets = cmdlets;
        Summary = summary;
    }

    internal GeneratedFiles Files { get; }

    /// <summary>Gets the PowerShell files (paths relative to the repository root).</summary>
    internal GeneratedFiles Cmdlets { get; }

    /// <summary>Gets what was generated and skipped, as printed after a run.</summary>
    public string Summary { get; }

    /// <summary>Gets the folder the generated files are committed in.</summary>
    /// <param name="root">The repository root.</param>
    /// <returns>The folder.</returns>
    public static string OutputFolder(string root) => Path.Combine(root, "src", "Polvo.Core", "Stripe", "Generated");

    /// <summary>Generates every file from the description and the overrides under <paramref name="root"/>.</summary>
    /// <param name="root">The repository root.</param>
    /// <returns>The generation.</returns>
    public static Runner Generate(string root)
    {
        var spec = Spec.Load(Path.Combine(root, "specs", "stripe", "spec3.json"));
        var overrides = Overrides.Load(Path.Combine(root, "tools", "Polvo.Generator", "overrides.json"));
        var files = new GeneratedFiles();
        var models = new ModelGenerator(spec, overrides);
        models.Generate(files);
        var services = new ServiceGenerator(spec, overrides, models);
        services.Generate(files);
        models.GenerateContext(files, services.ResponseTypes);
        var cmdlets = Polvo.Generator.Cmdlets.CmdletGenerator.Generate(root, spec, services, out int cmdletCount);
        var summary = $"{cmdletCount} cmdlets from cmdlets.json; {files.Count} files: {models.ModelCount} models, {services.OperationCount} operations in {services.ServiceCount} services ({services.Skipped.Count} skipped)."
            + string.Concat(services.Skipped.Select(s => $"\n  skipped {s.Operation}: {s.Reason}"));
        return new Runner(files, cmdlets, summary);
    }

    /// <summary>Lists how the committed files differ from a fresh generation (empty when they are up to date).</summary>
    /// <param name="root">The repository root.</param>
    /// <returns>One line per differing, missing or stale file.</returns>
    public static IReadOnlyList<string> Check(string root)
    {
        var run = Generate(root);
        return [.. run.Files.Compare(OutputFolder(root)), .. run.Cmdlets.Compare(root)];
    }

    /// <summary>Writes every generated file under <paramref name="root"/>.</summary>
    /// <param name="root">The repository root.</param>
    public void WriteTo(string root)
    {
        Files.WriteTo(OutputFolder(root));
        Cmdlets.WriteTo(root);
    }
}
