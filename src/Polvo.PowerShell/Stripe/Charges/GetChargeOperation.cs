using Polvo.PowerShell.Pipeline;
using Polvo.PowerShell.Stripe.Paging;
using Polvo.Stripe.Entities;

namespace Polvo.PowerShell.Stripe.Charges;

/// <summary>
/// The logic of Get-PolvoStripeCharge: list (customer, dates; with -Parallel a partitioned export), search (query),
/// by id, or for each customer piped in, streamed as items arrive.
/// </summary>
internal sealed class GetChargeOperation() : GetObjectsOperation<Charge>(StripeResources.Charges)
{
    /// <summary>
    /// Lists the charges of one customer piped in (ByCustomer; a pipeline item, so a failure is that customer's
    /// error): <paramref name="request"/>'s filters and paging with the customer's <paramref name="customerId"/>.
    /// </summary>
    public Task ListForCustomerAsync(object? customerId, GetChargeRequest request, IPipelineWriter writer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return RunAsync(request.ForCustomer(customerId), writer, cancellationToken);
    }

    /// <inheritdoc/>
    protected override IAsyncEnumerable<Charge> Export(GetObjectsRequest request, int pageSize, CancellationToken cancellationToken) =>
        request.Connection.Client.Charges.ExportAsync(((GetChargeRequest)request).ToExportOptions(pageSize), cancellationToken: cancellationToken);
}
