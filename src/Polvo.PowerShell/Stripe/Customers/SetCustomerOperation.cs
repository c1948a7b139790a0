using Polvo.PowerShell.Pipeline;
using Polvo.PowerShell.Stripe.Diagnostics;
using Polvo.PowerShell.Stripe.Output;
using Polvo.Stripe;
using Polvo.Stripe.Services;

namespace Polvo.PowerShell.Stripe.Customers;

/// <summary>The logic of Set-PolvoStripeCustomer for one pipeline item: update the set fields, write the updated customer.</summary>
internal sealed class SetCustomerOperation
{
    /// <summary>Updates the customer <see cref="CustomerWriteRequest.Id"/>.</summary>
    public async Task RunAsync(CustomerWriteRequest item, StripeCommandContext context, IPipelineWriter writer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(writer);
        RequestObserver.Attach(writer, context.Diagnostics);
        string id = RequireId(item.Id);
        var customer = await context.Connection.Client.Customers
            .UpdateAsync(id, item.Fill(new CustomerUpdateOptions()), new RequestOptions { IdempotencyKey = item.IdempotencyKey }, cancellationToken)
            .ConfigureAwait(false);
        if (context.PassThru)
        {
            await writer.WriteObjectAsync(new StripeOutput(customer, StripeTypeNames.Customer), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The id, or an error naming -Id.</summary>
    public static string RequireId(string? id) => string.IsNullOrWhiteSpace(id)
        ? throw new ArgumentException("-Id is empty; give the id of an existing object (cus_..., ch_...), or pipe objects that have an Id property.", "Id")
        : id.Trim();
}
