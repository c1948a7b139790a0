using Polvo.PowerShell.Tests.Contract.Fixtures;

namespace Polvo.PowerShell.Tests.Contract;

/// <summary>The rules themselves, on fixture cmdlets: they pass good cmdlets and catch each kind of mistake.</summary>
public class CmdletContractTests
{
    [Fact]
    public void ApprovedVerbs_FromSma_HasTheCommonVerbsAndNotInventedOnes()
    {
        Assert.Superset(new HashSet<string> { "Get", "Set", "New", "Remove", "Connect", "Disconnect", "Invoke", "Export" }, ApprovedVerbs.All.ToHashSet());
        Assert.DoesNotContain("Fetch", ApprovedVerbs.All);
        Assert.True(ApprovedVerbs.All.Count > 90);
    }

    [Fact]
    public void Violations_GoodCmdlet_None()
    {
        Assert.Empty(CmdletContract.Violations(typeof(GetWidgetFixture)));
    }

    [Fact]
    public void Violations_BadNameNoOutputTypeWrongBase_EachReported()
    {
        var problems = CmdletContract.Violations(typeof(FetchWidgetFixture));

        Assert.Contains(problems, p => p.Contains("approved verb"));
        Assert.Contains(problems, p => p.Contains("PolvoStripe"));
        Assert.Contains(problems, p => p.Contains("[OutputType]"));
        Assert.Contains(problems, p => p.Contains("PolvoCmdlet"));
    }

    [Fact]
    public void Violations_RemoveWithoutShouldProcess_Reported()
    {
        var problems = CmdletContract.Violations(typeof(RemoveWidgetFixture));

        Assert.Contains(problems, p => p.Contains("SupportsShouldProcess"));
        Assert.Contains(problems, p => p.Contains("ConfirmImpact"));
    }

    [Fact]
    public void Violations_RemoveWithMediumImpact_NeedsHigh()
    {
        Assert.Equal(["Remove-PolvoStripeGadget: Remove cannot be undone and needs ConfirmImpact = High"], CmdletContract.Violations(typeof(RemoveGadgetFixture)));
    }

    [Fact]
    public void Violations_AmbiguousParameterSets_Reported()
    {
        var problems = CmdletContract.Violations(typeof(SetWidgetFixture));

        Assert.Contains(problems, p => p.Contains("'Nope' names no parameter set"));
        Assert.Contains(problems, p => p.Contains("same mandatory parameters"));
        Assert.Contains(problems, p => p.Contains("share a position in set 'A'"));
    }

    [Fact]
    public void IssueRequirements_DataCmdletWithoutConnection_Reported()
    {
        Assert.Equal(["Get-PolvoStripeWidget: every data cmdlet takes -Connection"], IssueRequirements.Violations(typeof(GetWidgetFixture)));
    }
}
