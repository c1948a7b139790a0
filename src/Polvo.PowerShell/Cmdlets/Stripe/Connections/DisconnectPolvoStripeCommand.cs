using System.Management.Automation;
using Polvo.PowerShell.Stripe.Connections;
using Polvo.PowerShell.Stripe.Output;

namespace Polvo.PowerShell.Cmdlets.Stripe.Connections;

/// <summary>Disconnect-PolvoStripe: forgets the runspace's current Stripe connection.</summary>
[Cmdlet(VerbsCommunications.Disconnect, "PolvoStripe")]
[OutputType(StripeTypeNames.Connection)]
public sealed class DisconnectPolvoStripeCommand : PolvoStripeCmdlet
{
    /// <summary>Gets or sets whether to write the connection that was removed.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    /// <summary>Removes the connection.</summary>
    protected override void EndProcessing()
    {
        var removed = ConnectionStore.Default.Remove(RunspaceId);
        if (removed is null)
        {
            WriteVerbose("Not connected to Stripe in this runspace; nothing to disconnect.");
            return;
        }

        WriteVerbose($"Disconnected: {removed}");
        if (PassThru.IsPresent)
        {
            WriteObject(PolvoPSObjects.ToOutput(new StripeOutput(removed, StripeTypeNames.Connection)));
        }
    }
}
