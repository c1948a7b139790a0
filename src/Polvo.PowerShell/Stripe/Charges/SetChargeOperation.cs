using Polvo.PowerShell.Pipeline;

namespace Polvo.PowerShell.Stripe.Charges;

/// <summary>The logic of Set-PolvoStripeCharge for one pipeline item: update, write the updated charge.</summary>
internal sealed class SetChargeOperation
{
    /// <summary>Updates the charge <see cref="ChargeWriteRequest.Id"/>.</summary>
    public Task RunAsync(ChargeWriteRequest item, StripeCommandContext context, IPipelineWriter writer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        return ChargeWrite.RunAsync(item.Id, item.IdempotencyKey, (charges, id, options, ct) => charges.UpdateAsync(id, item.ToOptions(), options, ct), context, writer, cancellationToken);
    }
}
