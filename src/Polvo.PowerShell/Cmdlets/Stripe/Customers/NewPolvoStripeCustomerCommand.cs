using System.Management.Automation;
using Polvo.PowerShell.Stripe;
using Polvo.PowerShell.Stripe.Customers;
using Polvo.Stripe.Entities;

namespace Polvo.PowerShell.Cmdlets.Stripe.Customers;

/// <summary>New-PolvoStripeCustomer: creates one customer per pipeline item (CSV rows, objects), -ThrottleLimit at once.</summary>
[Cmdlet(VerbsCommon.New, "PolvoStripeCustomer", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
[OutputType(typeof(Customer))]
public sealed class NewPolvoStripeCustomerCommand : PolvoStripeCustomerWriteCmdlet
{
    private static readonly NewCustomerOperation Operation = new();

    /// <inheritdoc/>
    private protected override string ProgressActivity => "Creating Stripe customers";

    /// <summary>Checks the fields, asks ShouldProcess, then creates the customer of this pipeline item.</summary>
    protected override void ProcessRecord()
    {
        if (!TryBuild(() => ToRequest(), Email ?? Name, out var item))
        {
            return;
        }

        var (target, action) = ShouldProcessText.NewCustomer(item);
        if (!ShouldProcess(target, action))
        {
            return;
        }

        item = item with { IdempotencyKey = NextIdempotencyKey() };
        var context = new StripeCommandContext { Connection = ResolvedConnection, Diagnostics = Diagnostics };
        StartWrite(item.Target, item.IdempotencyKey, (writer, ct) => Operation.RunAsync(item, context, writer, ct));
    }
}
