using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;
using Polvo.PowerShell.Tests.TestSupport;

namespace Polvo.PowerShell.Tests.Contract;

/// <summary>
/// The contract over the BUILT module (out/Polvo). Every test iterates over the cmdlets found in the module, so
/// cmdlets added later are covered without touching these tests.
/// </summary>
public class ModuleContractTests
{
    private static readonly string Manifest = File.ReadAllText(ModuleLayout.ManifestPath);

    [Fact]
    public void Cmdlets_Each_FollowsTheDesignRules()
    {
        Assert.Empty(BuiltModule.Cmdlets.SelectMany(CmdletContract.Violations));
    }

    [Fact]
    public void Cmdlets_Each_MeetsTheIssuesParameterRequirements()
    {
        Assert.Empty(BuiltModule.Cmdlets.SelectMany(IssueRequirements.Violations));
    }

    [Fact]
    public void Manifest_CmdletsToExport_EqualsTheCmdletClasses()
    {
        Assert.Equal(BuiltModule.CmdletNames, Psd1.Array(Manifest, "CmdletsToExport")!.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("FunctionsToExport")]
    [InlineData("AliasesToExport")]
    [InlineData("VariablesToExport")]
    public void Manifest_NonCmdletExports_Empty(string key)
    {
        Assert.Empty(Psd1.Array(Manifest, key)!);
    }

    [Fact]
    public void Manifest_RequiredKeys_Present()
    {
        string[] keys = ["RootModule", "ModuleVersion", "GUID", "Author", "Description", "CompatiblePSEditions", "PowerShellVersion",
            "CmdletsToExport", "FunctionsToExport", "AliasesToExport", "VariablesToExport", "FormatsToProcess", "PrivateData",
            "PSData", "Tags", "ProjectUri", "LicenseUri", "ReleaseNotes"];

        Assert.All(keys, k => Assert.True(Psd1.HasKey(Manifest, k), $"Polvo.psd1 lacks {k}"));
        Assert.Equal("Polvo.PowerShell.dll", Psd1.Scalar(Manifest, "RootModule"));
        Assert.Equal("7.4", Psd1.Scalar(Manifest, "PowerShellVersion"));
        Assert.Equal(["Core"], Psd1.Array(Manifest, "CompatiblePSEditions"));
        Assert.Equal(["Polvo.Format.ps1xml"], Psd1.Array(Manifest, "FormatsToProcess"));
    }

    [Fact]
    public void Manifest_ModuleVersion_IsTheAssemblyVersion()
    {
        Version manifest = Version.Parse(Psd1.Scalar(Manifest, "ModuleVersion")!);

        Version assembly = BuiltModule.Assembly.GetName().Version!;

        Assert.Equal(manifest, new Version(assembly.Major, assembly.Minor, assembly.Build));
    }

    [Fact]
    public void Help_EveryCmdlet_HasSynopsisDescriptionParametersAndTwoExamples()
    {
        XDocument maml = XDocument.Load(ModuleLayout.HelpPath);

        Assert.Empty(BuiltModule.Cmdlets.SelectMany(c => HelpContract.Violations(c, maml)));
        Assert.Equal(BuiltModule.CmdletNames, HelpContract.CommandNames(maml).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Format_Views_ParseAndNamePolvoTypesTheCmdletsEmit()
    {
        XDocument format = XDocument.Load(ModuleLayout.FormatPath);
        var views = format.Descendants("View").ToList();
        var viewTypes = views.Select(v => v.Element("ViewSelectedBy")!.Element("TypeName")!.Value).ToList();
        // An [OutputType(typeof(Polvo.Stripe.Entities.X))] object carries the PSTypeName Polvo.Stripe.X (StripeViews).
        var emitted = BuiltModule.Cmdlets.SelectMany(Metadata.OutputTypes)
            .Select(t => t.Replace("Polvo.Stripe.Entities.", "Polvo.Stripe.", StringComparison.Ordinal))
            .Where(t => t.StartsWith("Polvo.Stripe.", StringComparison.Ordinal)).ToHashSet();

        Assert.Superset(new HashSet<string> { "Polvo.Stripe.Customer", "Polvo.Stripe.Charge" }, viewTypes.ToHashSet());
        Assert.All(viewTypes, t => Assert.StartsWith("Polvo.Stripe.", t));
        Assert.All(views, v => Assert.Equal(v.Descendants("TableColumnHeader").Count(), v.Descendants("TableColumnItem").Count()));
        if (BuiltModule.Cmdlets.Count > 0)
        {
            Assert.Subset(emitted, viewTypes.ToHashSet());
            Assert.Superset(emitted, viewTypes.ToHashSet());
        }
    }

    [Fact]
    public void Layout_Folder_HoldsExactlyTheModuleFilesWithDependenciesApart()
    {
        var files = Directory.GetFiles(ModuleLayout.ModuleDirectory, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(ModuleLayout.ModuleDirectory, f).Replace('\\', '/')).ToHashSet();

        Assert.Subset(files, new HashSet<string> { "Polvo.psd1", "LICENSE", "Polvo.PowerShell.dll", "Polvo.Format.ps1xml", "en-US/Polvo.PowerShell.dll-Help.xml", "Dependencies/Polvo.Core.dll", "Dependencies/Polly.Core.dll" });
        Assert.All(files, f => Assert.True(f.StartsWith("Dependencies/", StringComparison.Ordinal) || f is "Polvo.psd1" or "LICENSE" or "Polvo.PowerShell.dll" or "Polvo.Format.ps1xml" or "en-US/Polvo.PowerShell.dll-Help.xml", $"unexpected file {f}"));
        Assert.DoesNotContain(files, f => f.EndsWith("System.Management.Automation.dll", StringComparison.Ordinal));
    }

    /// <summary>
    /// The isolation rule: the root module loads in PowerShell's default context, so it may reference only the
    /// framework, System.Management.Automation and Polvo.Core (redirected to PolvoLoadContext). A reference to
    /// Polly or any other dependency would bind to another module's version.
    /// </summary>
    [Fact]
    public void RootModule_References_OnlyFrameworkSmaAndPolvoCore()
    {
        using var pe = new PEReader(File.OpenRead(ModuleLayout.RootModulePath));
        MetadataReader reader = pe.GetMetadataReader();
        var references = reader.AssemblyReferences.Select(h => reader.GetString(reader.GetAssemblyReference(h).Name)).ToList();
        string[] frameworkPrefixes = ["System.", "Microsoft.Win32."];

        var others = references.Where(n => n is not ("System" or "netstandard" or "mscorlib" or "Polvo.Core" or "System.Management.Automation")
            && !frameworkPrefixes.Any(p => n.StartsWith(p, StringComparison.Ordinal))
            || n.StartsWith("System.", StringComparison.Ordinal) && File.Exists(Path.Combine(ModuleLayout.DependencyDirectory, n + ".dll")));

        Assert.Empty(others);
        Assert.Contains("System.Management.Automation", references);
    }
}
