using Polvo.PowerShell.Pipeline;
using Polvo.PowerShell.Stripe.Customers;
using Polvo.PowerShell.Stripe.Diagnostics;
using Polvo.PowerShell.Stripe.Output;
using Polvo.Stripe;
using Polvo.Stripe.Entities;
using Polvo.Stripe.Services;

namespace Polvo.PowerShell.Stripe.Charges;

/// <summary>What every charge write does for one pipeline item: send it for the charge id, write the charge with -PassThru.</summary>
internal static class ChargeWrite
{
    /// <summary>Sends <paramref name="send"/> for the charge <paramref name="id"/> with <paramref name="idempotencyKey"/>; writes the answer with -PassThru.</summary>
    public static async Task RunAsync(
        string? id,
        string? idempotencyKey,
        Func<ChargeService, string, RequestOptions, CancellationToken, Task<Charge>> send,
        StripeCommandContext context,
        IPipelineWriter writer,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(send);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(writer);
        RequestObserver.Attach(writer, context.Diagnostics);
        string chargeId = SetCustomerOperation.RequireId(id);
        var charge = await send(context.Connection.Client.Charges, chargeId, new RequestOptions { IdempotencyKey = idempotencyKey }, cancellationToken).ConfigureAwait(false);
        if (context.PassThru)
        {
            await writer.WriteObjectAsync(new StripeOutput(charge, StripeTypeNames.Charge), cancellationToken).ConfigureAwait(false);
        }
    }
}
