using Polvo.PowerShell.Tests.TestSupport;

namespace Polvo.PowerShell.Tests.Runspaces;

/// <summary>What an installer and a gallery read: the licence the manifest names exists and ships with the module.</summary>
public sealed class PackagingTests
{
    [Fact]
    public void License_MitForPolvoContributors_AtTheRootAndInTheModuleFolder()
    {
        string root = File.ReadAllText(Path.Combine(ModuleLayout.RepositoryRoot, "LICENSE"));

        Assert.StartsWith("MIT License", root, StringComparison.Ordinal);
        Assert.Contains("Copyright (c) Polvo contributors", root, StringComparison.Ordinal);
        Assert.Equal(root, File.ReadAllText(Path.Combine(ModuleLayout.ModuleDirectory, "LICENSE")));
    }

    [Fact]
    public void TestModuleManifest_LicenseUri_NamesTheLicenseFileOfTheProject()
    {
        using var session = PolvoRunspace.Open();

        var manifest = Assert.Single(session.Invoke("Test-ModuleManifest $path", new Dictionary<string, object?> { ["path"] = ModuleLayout.ManifestPath }).ThrowOnError().Output);

        string project = manifest.Properties["ProjectUri"].Value.ToString()!;
        string license = manifest.Properties["LicenseUri"].Value.ToString()!;
        Assert.StartsWith(project + "/blob/main/", license, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(ModuleLayout.RepositoryRoot, license[(project + "/blob/main/").Length..])), $"{license} names no file of this repository");
    }
}
