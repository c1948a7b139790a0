using Polvo.PowerShell.Pipeline;
using Polvo.PowerShell.Stripe.Diagnostics;
using Polvo.PowerShell.Stripe.Output;

namespace Polvo.PowerShell.Stripe.Customers;

/// <summary>The logic of Remove-PolvoStripeCustomer for one pipeline item: delete, write Stripe's deleted marker.</summary>
internal sealed class RemoveCustomerOperation
{
    /// <summary>Deletes the customer <see cref="CustomerWriteRequest.Id"/>.</summary>
    public async Task RunAsync(CustomerWriteRequest item, StripeCommandContext context, IPipelineWriter writer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(writer);
        RequestObserver.Attach(writer, context.Diagnostics);
        string id = SetCustomerOperation.RequireId(item.Id);
        var deleted = await context.Connection.Client.Customers.DeleteAsync(id, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (context.PassThru)
        {
            await writer.WriteObjectAsync(new StripeOutput(deleted, StripeTypeNames.DeletedObject), cancellationToken).ConfigureAwait(false);
        }
    }
}
