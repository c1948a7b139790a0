using Polvo.PowerShell.Pipeline;

namespace Polvo.PowerShell.Stripe.Charges;

/// <summary>The logic of Complete-PolvoStripeCharge for one pipeline item: capture, write the captured charge.</summary>
internal sealed class CaptureChargeOperation
{
    /// <summary>Captures the charge <see cref="ChargeCaptureRequest.Id"/>.</summary>
    public Task RunAsync(ChargeCaptureRequest item, StripeCommandContext context, IPipelineWriter writer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        return ChargeWrite.RunAsync(item.Id, item.IdempotencyKey, (charges, id, options, ct) => charges.CaptureAsync(id, item.ToOptions(), options, ct), context, writer, cancellationToken);
    }
}
