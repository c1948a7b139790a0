using Polvo.PowerShell.Stripe.Output;
using Polvo.PowerShell.Stripe.Paging;
using Polvo.Stripe.Entities;
using Polvo.Stripe.Services;

namespace Polvo.PowerShell.Stripe.Customers;

/// <summary>Get-PolvoStripeCustomer over <see cref="CustomerService"/>: list, search, by id and partitioned export (-Parallel).</summary>
internal sealed class GetCustomerOperation() : GetObjectsOperation<Customer>("customers", StripeTypeNames.Customer)
{
    /// <inheritdoc/>
    protected override IAsyncEnumerable<StripeList<Customer>> ListPages(GetObjectsRequest request, int limit, CancellationToken cancellationToken) =>
        request.Connection.Client.Customers.ListPagesAsync(((GetCustomerRequest)request).ToListOptions(limit), cancellationToken: cancellationToken);

    /// <inheritdoc/>
    protected override IAsyncEnumerable<SearchResult<Customer>> SearchPages(GetObjectsRequest request, string query, int limit, string? page, bool totalCount, CancellationToken cancellationToken) =>
        request.Connection.Client.Customers.SearchPagesAsync(
            new CustomerSearchOptions { Query = query, Limit = limit, Page = page, Expand = totalCount ? ["total_count"] : null, ReadAhead = false },
            cancellationToken: cancellationToken);

    /// <inheritdoc/>
    protected override Task<Customer> GetAsync(GetObjectsRequest request, string id, List<string>? expand, CancellationToken cancellationToken) =>
        request.Connection.Client.Customers.GetAsync(id, new CustomerGetOptions { Expand = expand }, cancellationToken: cancellationToken);

    /// <inheritdoc/>
    protected override IAsyncEnumerable<Customer> Export(GetObjectsRequest request, int pageSize, CancellationToken cancellationToken) =>
        request.Connection.Client.Customers.ExportAsync(((GetCustomerRequest)request).ToExportOptions(pageSize), cancellationToken: cancellationToken);
}
