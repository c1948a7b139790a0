using System.Xml.Linq;
using Polvo.Build;
using Polvo.PowerShell.Tests.Contract.Fixtures;

namespace Polvo.PowerShell.Tests.Contract;

/// <summary>The help rules on a fixture cmdlet and its generated help.</summary>
public class HelpContractTests
{
    private static readonly string Source = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Help", "Fixtures", "Get-PolvoStripeWidget.md"));

    private static XDocument Maml(string source) => XDocument.Parse(MamlHelpGenerator.Generate([new("fixture.md", source)]));

    [Fact]
    public void Violations_HelpMatchesCmdlet_None()
    {
        Assert.Empty(HelpContract.Violations(typeof(GetWidgetFixture), Maml(Source)));
    }

    [Fact]
    public void Violations_NoHelpForCmdlet_NamesTheFileToAdd()
    {
        var problems = HelpContract.Violations(typeof(RemoveWidgetFixture), Maml(Source));

        Assert.Equal(["Remove-PolvoStripeWidget: no help (add src/Polvo.PowerShell/Help/Remove-PolvoStripeWidget.md)"], problems);
    }

    [Fact]
    public void Violations_OneExampleOnly_Reported()
    {
        string oneExample = Source[..Source.IndexOf("### Example 2", StringComparison.Ordinal)] + Source[Source.IndexOf("## PARAMETERS", StringComparison.Ordinal)..];

        Assert.Contains(HelpContract.Violations(typeof(GetWidgetFixture), Maml(oneExample)), p => p.Contains("1 example(s)"));
    }

    [Fact]
    public void Violations_ParameterMissingOrMetadataWrong_Reported()
    {
        string changed = Source.Replace("### -AsJob", "### -Wait").Replace("Position: 0", "Position: 1").Replace("Accept pipeline input: True (ByValue, ByPropertyName)", "Accept pipeline input: False");

        var problems = HelpContract.Violations(typeof(GetWidgetFixture), Maml(changed));

        Assert.Contains(problems, p => p.Contains("-AsJob has no help"));
        Assert.Contains(problems, p => p.Contains("documents -Wait"));
        Assert.Contains(problems, p => p.Contains("position '1'"));
        Assert.Contains(problems, p => p.Contains("pipeline input 'False'"));
    }

    [Fact]
    public void Violations_PagingCmdletWithoutPagingHelp_NamesEachParameterPowerShellAdds()
    {
        var problems = HelpContract.Violations(typeof(GetPagedWidgetFixture), Maml(Source));

        Assert.Equal(
            new[] { "First", "Skip", "IncludeTotalCount" }.Select(p => $"Get-PolvoStripeWidget: parameter -{p} (added by PowerShell) has no help"),
            problems);
    }

    [Fact]
    public void Violations_PagingHelpInEverySet_None()
    {
        string paging = string.Concat(new[] { ("First", "UInt64"), ("Skip", "UInt64"), ("IncludeTotalCount", "SwitchParameter") }.Select(p =>
            $"### -{p.Item1}\nPaging.\n\n```yaml\nType: {p.Item2}\nParameter Sets: (All)\nRequired: False\nPosition: Named\nAccept pipeline input: False\n```\n\n"));
        string source = Source.Replace("## INPUTS", paging + "## INPUTS", StringComparison.Ordinal);

        Assert.Empty(HelpContract.Violations(typeof(GetPagedWidgetFixture), Maml(source)));
    }
}
