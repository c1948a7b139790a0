using System.Management.Automation;
using Polvo.PowerShell.Stripe;
using Polvo.PowerShell.Stripe.Customers;
using Polvo.Stripe.Entities;

namespace Polvo.PowerShell.Cmdlets.Stripe.Customers;

/// <summary>Set-PolvoStripeCustomer: updates one customer per pipeline item, -ThrottleLimit at once.</summary>
[Cmdlet(VerbsCommon.Set, "PolvoStripeCustomer", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(Customer))]
public sealed class SetPolvoStripeCustomerCommand : PolvoStripeCustomerWriteCmdlet
{
    private static readonly SetCustomerOperation Operation = new();

    /// <summary>Gets or sets the id of the customer.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("CustomerId")]
    [ValidateStripeId("cus", "customer")]
    [ValidateNotNullOrEmpty]
    public string? Id { get; set; }

    /// <summary>Asks ShouldProcess, then updates the customer of this pipeline item.</summary>
    protected override void ProcessRecord()
    {
        var item = ToRequest(Id);
        var (target, action) = ShouldProcessText.SetCustomer(item);
        if (!ShouldProcess(target, action))
        {
            return;
        }

        item = item with { IdempotencyKey = NextIdempotencyKey() };
        var context = new StripeCommandContext { Connection = ResolvedConnection, Diagnostics = Diagnostics };
        Submit(bridge => bridge.StartItem(item.Target, (_, writer, ct) => Operation.RunAsync(item, context, writer, ct)));
    }
}
