using System.Management.Automation;
using Polvo.PowerShell.Cmdlets;

namespace Polvo.PowerShell.Tests.Contract.Fixtures;

// Cmdlets that exist only to prove the contract rules catch what they claim to catch.

/// <summary>Follows every rule; matches Help/Fixtures/Get-PolvoStripeWidget.md.</summary>
[Cmdlet(VerbsCommon.Get, "PolvoStripeWidget", DefaultParameterSetName = "List")]
[OutputType("Polvo.Stripe.Widget")]
public sealed class GetWidgetFixture : PolvoCmdlet
{
    [Parameter(ParameterSetName = "ById", Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("WidgetId")]
    public string[] Id { get; set; } = [];

    [Parameter(ParameterSetName = "List")]
    public int PageSize { get; set; } = 100;

    [Parameter]
    public SwitchParameter AsJob { get; set; }
}

/// <summary>GetWidgetFixture with SupportsPaging: PowerShell adds -First, -Skip and -IncludeTotalCount, which need help.</summary>
[Cmdlet(VerbsCommon.Get, "PolvoStripeWidget", DefaultParameterSetName = "List", SupportsPaging = true)]
[OutputType("Polvo.Stripe.Widget")]
public sealed class GetPagedWidgetFixture : PolvoCmdlet
{
    [Parameter(ParameterSetName = "ById", Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("WidgetId")]
    public string[] Id { get; set; } = [];

    [Parameter(ParameterSetName = "List")]
    public int PageSize { get; set; } = 100;

    [Parameter]
    public SwitchParameter AsJob { get; set; }
}

/// <summary>Unapproved verb, wrong noun, no [OutputType], wrong base class.</summary>
[Cmdlet("Fetch", "Widget")]
public sealed class FetchWidgetFixture : PSCmdlet;

/// <summary>A Remove without ShouldProcess or ConfirmImpact.</summary>
[Cmdlet(VerbsCommon.Remove, "PolvoStripeWidget")]
[OutputType(typeof(void))]
public sealed class RemoveWidgetFixture : PolvoCmdlet
{
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
    public string Id { get; set; } = "";
}

/// <summary>A Remove with a too low ConfirmImpact.</summary>
[Cmdlet(VerbsCommon.Remove, "PolvoStripeGadget", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(void))]
public sealed class RemoveGadgetFixture : PolvoCmdlet;

/// <summary>A default set that does not exist, two sets told apart by nothing, two parameters at position 0.</summary>
[Cmdlet(VerbsCommon.Set, "PolvoStripeWidget", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = "Nope")]
[OutputType("Polvo.Stripe.Widget")]
public sealed class SetWidgetFixture : PolvoCmdlet
{
    [Parameter(ParameterSetName = "A", Mandatory = true, Position = 0)]
    [Parameter(ParameterSetName = "B", Mandatory = true)]
    public string Id { get; set; } = "";

    [Parameter(ParameterSetName = "A", Position = 0)]
    public string Name { get; set; } = "";
}
