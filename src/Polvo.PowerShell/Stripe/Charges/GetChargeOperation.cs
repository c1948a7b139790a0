using Polvo.PowerShell.Stripe.Paging;
using Polvo.Stripe.Entities;

namespace Polvo.PowerShell.Stripe.Charges;

/// <summary>
/// The logic of Get-PolvoStripeCharge: list (customer, dates; with -Parallel a partitioned export), search (query)
/// or by id, streamed as items arrive.
/// </summary>
internal sealed class GetChargeOperation() : GetObjectsOperation<Charge>(StripeResources.Charges)
{
    /// <inheritdoc/>
    protected override IAsyncEnumerable<Charge> Export(GetObjectsRequest request, int pageSize, CancellationToken cancellationToken) =>
        request.Connection.Client.Charges.ExportAsync(((GetChargeRequest)request).ToExportOptions(pageSize), cancellationToken: cancellationToken);
}
