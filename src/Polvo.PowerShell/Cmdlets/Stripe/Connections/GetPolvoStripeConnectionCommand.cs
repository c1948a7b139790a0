using System.Management.Automation;
using Polvo.PowerShell.Stripe.Connections;
using Polvo.PowerShell.Stripe.Output;

namespace Polvo.PowerShell.Cmdlets.Stripe.Connections;

/// <summary>Get-PolvoStripeConnection: the runspace's current connection (never its key), or nothing.</summary>
[Cmdlet(VerbsCommon.Get, "PolvoStripeConnection")]
[OutputType(StripeTypeNames.Connection)]
public sealed class GetPolvoStripeConnectionCommand : PolvoStripeCmdlet
{
    /// <summary>Writes the connection, if any.</summary>
    protected override void EndProcessing()
    {
        if (ConnectionStore.Default.Get(RunspaceId) is { } connection)
        {
            WriteObject(PolvoPSObjects.ToOutput(new StripeOutput(connection, StripeTypeNames.Connection)));
        }
    }
}
