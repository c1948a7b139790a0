using System.Management.Automation;
using Polvo.PowerShell.Stripe;
using Polvo.PowerShell.Stripe.Customers;
using Polvo.PowerShell.Stripe.Output;

namespace Polvo.PowerShell.Cmdlets.Stripe.Customers;

/// <summary>Remove-PolvoStripeCustomer: deletes one customer per pipeline item, -ThrottleLimit at once; asks first unless -Force.</summary>
[Cmdlet(VerbsCommon.Remove, "PolvoStripeCustomer", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(StripeTypeNames.DeletedObject)]
public sealed class RemovePolvoStripeCustomerCommand : PolvoStripeWriteCmdlet
{
    private static readonly RemoveCustomerOperation Operation = new();

    /// <summary>Gets or sets the id of the customer.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("CustomerId")]
    [ValidateStripeId("cus", "customer")]
    [ValidateNotNullOrEmpty]
    public string? Id { get; set; }

    /// <summary>Gets or sets whether to delete without asking for confirmation.</summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

    /// <summary>Asks ShouldProcess (unless -Force), then deletes the customer of this pipeline item.</summary>
    protected override void ProcessRecord()
    {
        var item = new CustomerWriteRequest { Id = Id };
        var (target, action) = ShouldProcessText.RemoveCustomer(item);
        if (ShouldProcessText.MustAsk(Force.IsPresent, WhatIfRequested) && !ShouldProcess(target, action))
        {
            return;
        }

        item = new CustomerWriteRequest { Id = Id, IdempotencyKey = NextIdempotencyKey() };
        var context = new StripeCommandContext { Connection = ResolvedConnection, Diagnostics = Diagnostics };
        Submit(bridge => bridge.StartItem(item.Target, (_, writer, ct) => Operation.RunAsync(item, context, writer, ct)));
    }
}
