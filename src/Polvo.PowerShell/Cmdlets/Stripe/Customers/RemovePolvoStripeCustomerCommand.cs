using System.Management.Automation;
using Polvo.PowerShell.Stripe;
using Polvo.PowerShell.Stripe.Customers;
using Polvo.PowerShell.Stripe.Output;

namespace Polvo.PowerShell.Cmdlets.Stripe.Customers;

/// <summary>
/// Remove-PolvoStripeCustomer: deletes each customer given by id (positional, piped strings, objects with an Id, or
/// customers from Get-PolvoStripeCustomer), -ThrottleLimit at once; asks first unless -Force.
/// </summary>
[Cmdlet(VerbsCommon.Remove, "PolvoStripeCustomer", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(StripeTypeNames.DeletedObject)]
public sealed class RemovePolvoStripeCustomerCommand : PolvoStripeWriteCmdlet
{
    private static readonly RemoveCustomerOperation Operation = new();

    /// <summary>Gets or sets the ids of the customers.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("CustomerId")]
    [ValidateStripeId("cus", "customer")]
    [ValidateNotNullOrEmpty]
    public string[] Id { get; set; } = [];

    /// <summary>Gets or sets whether to delete without asking for confirmation.</summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

    /// <summary>Gets or sets whether to write Stripe's deleted marker for each customer.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    /// <inheritdoc/>
    private protected override string ProgressActivity => "Deleting Stripe customers";

    /// <summary>Asks ShouldProcess (unless -Force), then deletes each customer of this pipeline item.</summary>
    protected override void ProcessRecord()
    {
        if (!TryBuild(() => PipedStripeObject(StripeTypeNames.Customer), Id.FirstOrDefault(), out bool _))
        {
            return;
        }

        foreach (string id in Id)
        {
            var item = new CustomerWriteRequest { Id = id };
            var (target, action) = ShouldProcessText.RemoveCustomer(item);
            if (ShouldProcessText.MustAsk(Force.IsPresent, WhatIfRequested) && !ShouldProcess(target, action))
            {
                continue;
            }

            // A DELETE needs no idempotency key: deleting twice cannot delete two customers.
            var context = new StripeCommandContext { Connection = ResolvedConnection, Diagnostics = Diagnostics, PassThru = PassThru.IsPresent };
            StartWrite(item.Target, idempotencyKey: null, (writer, ct) => Operation.RunAsync(item, context, writer, ct));
        }
    }
}
