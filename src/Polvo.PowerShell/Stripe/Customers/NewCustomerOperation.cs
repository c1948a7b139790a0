using Polvo.PowerShell.Pipeline;
using Polvo.PowerShell.Stripe.Diagnostics;
using Polvo.PowerShell.Stripe.Output;
using Polvo.Stripe;
using Polvo.Stripe.Services;

namespace Polvo.PowerShell.Stripe.Customers;

/// <summary>The logic of New-PolvoStripeCustomer for one pipeline item: create, write the new customer.</summary>
internal sealed class NewCustomerOperation
{
    /// <summary>Creates the customer of <paramref name="item"/>; the request carries an idempotency key, so a retry never duplicates it.</summary>
    public async Task RunAsync(CustomerWriteRequest item, StripeCommandContext context, IPipelineWriter writer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(writer);
        RequestObserver.Attach(writer, context.Diagnostics);
        var options = item.Fill(new CustomerCreateOptions());
        var customer = await context.Connection.Client.Customers
            .CreateAsync(options, new RequestOptions { IdempotencyKey = item.IdempotencyKey }, cancellationToken).ConfigureAwait(false);
        await writer.WriteObjectAsync(new StripeOutput(customer, StripeTypeNames.Customer), cancellationToken).ConfigureAwait(false);
    }
}
