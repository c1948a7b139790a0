namespace Polvo.Core.Tests.Architecture;

/// <summary>
/// The engine folders serve any API: a next one (HubSpot, Linear, ...) is a new folder next to Stripe/, not a fork.
/// Stripe's own rules (its should-retry header, its URLs, its limits) are set from src/Polvo.Core/Stripe.
/// </summary>
public class EngineNeutralityTests
{
    public static TheoryData<string> EngineFolders() => new() { "Export", "Paging", "Resilience", "RateLimiting", "Parallel" };

    [Theory]
    [MemberData(nameof(EngineFolders))]
    public void EngineFolder_NamesNoApi(string folder)
    {
        var directory = Path.Combine(FindRoot(), "src", "Polvo.Core", folder);
        var files = Directory.GetFiles(directory, "*", SearchOption.AllDirectories);

        Assert.NotEmpty(files);
        var offenders = files
            .SelectMany(file => File.ReadLines(file).Select((line, index) => (file, line, number: index + 1)))
            .Where(x => x.line.Contains("stripe", StringComparison.OrdinalIgnoreCase))
            .Select(x => $"{Path.GetRelativePath(directory, x.file)}:{x.number}: {x.line.Trim()}")
            .ToList();
        Assert.True(offenders.Count == 0, $"src/Polvo.Core/{folder} names Stripe:\n" + string.Join("\n", offenders));
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Polvo.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Polvo.sln not found above " + AppContext.BaseDirectory);
    }
}
