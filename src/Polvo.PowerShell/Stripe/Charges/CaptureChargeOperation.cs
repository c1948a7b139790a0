using Polvo.PowerShell.Pipeline;
using Polvo.PowerShell.Stripe.Customers;
using Polvo.PowerShell.Stripe.Diagnostics;
using Polvo.PowerShell.Stripe.Output;
using Polvo.Stripe;

namespace Polvo.PowerShell.Stripe.Charges;

/// <summary>The logic of Complete-PolvoStripeCharge for one pipeline item: capture, write the captured charge.</summary>
internal sealed class CaptureChargeOperation
{
    /// <summary>Captures the charge <see cref="ChargeCaptureRequest.Id"/>.</summary>
    public async Task RunAsync(ChargeCaptureRequest item, StripeCommandContext context, IPipelineWriter writer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(writer);
        RequestObserver.Attach(writer, context.Diagnostics);
        string id = SetCustomerOperation.RequireId(item.Id);
        var charge = await context.Connection.Client.Charges
            .CaptureAsync(id, item.ToOptions(), new RequestOptions { IdempotencyKey = item.IdempotencyKey }, cancellationToken).ConfigureAwait(false);
        if (context.PassThru)
        {
            await writer.WriteObjectAsync(new StripeOutput(charge, StripeTypeNames.Charge), cancellationToken).ConfigureAwait(false);
        }
    }
}
