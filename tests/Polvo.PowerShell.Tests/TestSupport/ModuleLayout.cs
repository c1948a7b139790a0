namespace Polvo.PowerShell.Tests.TestSupport;

/// <summary>Paths of the built module folder out/Polvo (laid out by building src/Polvo.PowerShell).</summary>
internal static class ModuleLayout
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string ModuleDirectory => Path.Combine(RepositoryRoot, "out", "Polvo");

    public static string DependencyDirectory => Path.Combine(ModuleDirectory, "Dependencies");

    public static string RootModulePath => Path.Combine(ModuleDirectory, "Polvo.PowerShell.dll");

    public static string ManifestPath => Path.Combine(ModuleDirectory, "Polvo.psd1");

    public static string FormatPath => Path.Combine(ModuleDirectory, "Polvo.Format.ps1xml");

    public static string HelpPath => Path.Combine(ModuleDirectory, "en-US", "Polvo.PowerShell.dll-Help.xml");

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
