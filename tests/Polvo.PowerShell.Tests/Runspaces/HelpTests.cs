using Polvo.Build;
using Polvo.PowerShell.Tests.Contract;
using Polvo.PowerShell.Tests.TestSupport;

namespace Polvo.PowerShell.Tests.Runspaces;

/// <summary>
/// Get-Help in a real runspace, as a user reads it: every parameter a user can type (the class's own, the paging
/// ones of SupportsPaging and -WhatIf/-Confirm of SupportsShouldProcess) is documented and appears in SYNTAX exactly
/// in the parameter sets PowerShell binds, and NOTES and example remarks render.
/// </summary>
public sealed class HelpTests(HelpTests.Session session) : IClassFixture<HelpTests.Session>
{
    public static TheoryData<string> Cmdlets => [.. BuiltModule.CmdletNames];

    [Theory]
    [MemberData(nameof(Cmdlets))]
    public void GetHelpParameter_EveryParameterAUserCanType_HasADescription(string name)
    {
        var result = session.Runspace.Invoke(
            """
            $common = [System.Management.Automation.PSCmdlet]::CommonParameters
            # A DontShow parameter is hidden from users (and from PowerShell's help), as PowerShell's own cmdlets do.
            $shown = (Get-Command $name).Parameters.Values | Where-Object { -not ($_.Attributes | Where-Object { $_ -is [Parameter] -and $_.DontShow }) }
            foreach ($parameter in $shown.Name | Where-Object { $_ -notin $common }) {
                $doc = Get-Help $name -Parameter $parameter -ErrorAction SilentlyContinue
                $text = if ($doc) { ($doc.description | Out-String).Trim() } else { '' }
                if (-not $text) { "-$parameter" }
            }
            """,
            new Dictionary<string, object?> { ["name"] = name });

        result.ThrowOnError();
        Assert.Equal([], result.Objects.Cast<string>());
    }

    [Theory]
    [MemberData(nameof(Cmdlets))]
    public void GetHelpSyntax_OneLinePerParameterSet_WithTheParametersPowerShellBinds(string name)
    {
        var result = session.Runspace.Invoke(
            """
            $common = [System.Management.Automation.PSCmdlet]::CommonParameters
            $bound = (Get-Command $name).ParameterSets | ForEach-Object {
                (($_.Parameters | Where-Object { -not $_.Attributes.Where({ $_ -is [Parameter] -and $_.DontShow }) }).Name |
                    Where-Object { $_ -notin $common } | Sort-Object) -join ','
            } | Sort-Object
            $shown = (Get-Help $name).syntax.syntaxItem | ForEach-Object { ($_.parameter.name | Sort-Object) -join ',' } | Sort-Object
            [pscustomobject]@{ Bound = @($bound) -join ' | '; Shown = @($shown) -join ' | ' }
            """,
            new Dictionary<string, object?> { ["name"] = name }).ThrowOnError();

        var sets = Assert.Single(result.Output);
        Assert.Equal(sets.Properties["Bound"].Value, sets.Properties["Shown"].Value);
    }

    [Fact]
    public void GetHelpParameterFirst_OnAPagingCmdlet_DescribesIt()
    {
        var result = session.Runspace.Invoke(
            "Get-Help Get-PolvoStripeCustomer -Parameter First | Out-String -Width 120").ThrowOnError();

        string text = string.Concat(result.Objects);
        Assert.Contains("-First <UInt64>", text, StringComparison.Ordinal);
        Assert.Contains("request", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Remove-PolvoStripeCustomer")]
    [InlineData("Set-PolvoStripeCharge")]
    public void GetHelp_ShouldProcessCmdlet_ShowsWhatIfAndConfirmInSyntaxLikePowerShellsOwnHelp(string name)
    {
        var result = session.Runspace.Invoke("Get-Help $name | Out-String -Width 400", new Dictionary<string, object?> { ["name"] = name }).ThrowOnError();

        string text = string.Concat(result.Objects);
        Assert.Matches(@"\[-WhatIf\] \[-Confirm\] \[<CommonParameters>\]", text);
    }

    [Theory]
    [MemberData(nameof(Cmdlets))]
    public void GetHelpFull_NotesAndExampleRemarksOfTheSource_Render(string name)
    {
        string help = Path.Combine(ModuleLayout.RepositoryRoot, "src", "Polvo.PowerShell", "Help");
        string path = File.Exists(Path.Combine(help, name + ".md")) ? Path.Combine(help, name + ".md") : Path.Combine(help, "Generated", name + ".md");
        CommandHelp source = MamlHelpGenerator.Parse(File.ReadAllText(path), name + ".md");
        var result = session.Runspace.Invoke("Get-Help $name -Full | Out-String -Width 10000", new Dictionary<string, object?> { ["name"] = name }).ThrowOnError();

        string text = Normalize(string.Concat(result.Objects));
        if (source.Notes.Length > 0)
        {
            int notes = text.IndexOf("NOTES ", StringComparison.Ordinal);
            Assert.True(notes >= 0, "no NOTES section");
            Assert.Contains(FirstWords(source.Notes), text[notes..], StringComparison.Ordinal);
        }

        Assert.All(source.Examples.Where(e => e.Remarks.Length > 0), e => Assert.Contains(FirstWords(e.Remarks), text, StringComparison.Ordinal));
    }

    private static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string FirstWords(string text) => string.Join(' ', Normalize(text).Split(' ').Take(8));

    /// <summary>One runspace with the module imported, shared by the tests of this class (they only read help).</summary>
    public sealed class Session : IDisposable
    {
        public PolvoRunspace Runspace { get; } = PolvoRunspace.Open();

        public void Dispose() => Runspace.Dispose();
    }
}
