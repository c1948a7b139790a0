using Polvo.PowerShell.Pipeline;
using Polvo.PowerShell.Stripe.Output;
using Polvo.PowerShell.Stripe.Paging;
using Polvo.Stripe.Entities;
using Polvo.Stripe.Services;

namespace Polvo.PowerShell.Stripe.Charges;

/// <summary>Get-PolvoStripeCharge over <see cref="ChargeService"/>: list (also per piped customer), search, by id and partitioned export.</summary>
internal sealed class GetChargeOperation() : GetObjectsOperation<Charge>("charges", StripeTypeNames.Charge)
{
    /// <summary>Lists the charges of one piped customer (a pipeline item of the ByCustomer set).</summary>
    public Task ListForCustomerAsync(object? customerId, GetChargeRequest request, IPipelineWriter writer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return RunAsync(request.ForCustomer(customerId), writer, cancellationToken);
    }

    /// <inheritdoc/>
    protected override IAsyncEnumerable<StripeList<Charge>> ListPages(GetObjectsRequest request, int limit, CancellationToken cancellationToken) =>
        request.Connection.Client.Charges.ListPagesAsync(((GetChargeRequest)request).ToListOptions(limit), cancellationToken: cancellationToken);

    /// <inheritdoc/>
    protected override IAsyncEnumerable<SearchResult<Charge>> SearchPages(GetObjectsRequest request, string query, int limit, string? page, bool totalCount, CancellationToken cancellationToken) =>
        request.Connection.Client.Charges.SearchPagesAsync(
            new ChargeSearchOptions { Query = query, Limit = limit, Page = page, Expand = totalCount ? ["total_count"] : null, ReadAhead = false },
            cancellationToken: cancellationToken);

    /// <inheritdoc/>
    protected override Task<Charge> GetAsync(GetObjectsRequest request, string id, List<string>? expand, CancellationToken cancellationToken) =>
        request.Connection.Client.Charges.GetAsync(id, new ChargeGetOptions { Expand = expand }, cancellationToken: cancellationToken);

    /// <inheritdoc/>
    protected override IAsyncEnumerable<Charge> Export(GetObjectsRequest request, int pageSize, CancellationToken cancellationToken) =>
        request.Connection.Client.Charges.ExportAsync(((GetChargeRequest)request).ToExportOptions(pageSize), cancellationToken: cancellationToken);
}
