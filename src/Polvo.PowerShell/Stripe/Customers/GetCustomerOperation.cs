using Polvo.PowerShell.Stripe.Paging;
using Polvo.Stripe.Entities;

namespace Polvo.PowerShell.Stripe.Customers;

/// <summary>
/// The logic of Get-PolvoStripeCustomer: list (filters; with -Parallel a partitioned export), search (query) or by
/// id, streamed as items arrive.
/// </summary>
internal sealed class GetCustomerOperation() : GetObjectsOperation<Customer>(StripeResources.Customers)
{
    /// <inheritdoc/>
    protected override IAsyncEnumerable<Customer> Export(GetObjectsRequest request, int pageSize, CancellationToken cancellationToken) =>
        request.Connection.Client.Customers.ExportAsync(((GetCustomerRequest)request).ToExportOptions(pageSize), cancellationToken: cancellationToken);
}
