using Polvo.Stripe.Entities;

namespace Polvo.Stripe.Services;

/// <summary>Customers: list, get, create, update, delete and search (<c>/v1/customers</c>).</summary>
public sealed class CustomerService
{
    private const string Path = "v1/customers";
    private readonly StripeServiceCore _core;

    internal CustomerService(StripeServiceCore core) => _core = core;

    /// <summary>Streams every customer matching <paramref name="options"/>, newest first, fetching one page ahead.</summary>
    /// <param name="options">Filters and page size, or <see langword="null"/> for all customers.</param>
    /// <param name="requestOptions">Per-request overrides, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops the stream.</param>
    /// <returns>The customers, each yielded as soon as its page is decoded.</returns>
    /// <exception cref="ArgumentException">The options are invalid (thrown at the call, before any request).</exception>
    public IAsyncEnumerable<Customer> ListAsync(CustomerListOptions? options = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default) =>
        StripeServiceCore.Flatten(ListPagesAsync(options, requestOptions, cancellationToken), cancellationToken);

    /// <summary>Streams the pages of the customer list (for progress or diagnostics), fetching one page ahead.</summary>
    /// <param name="options">Filters and page size, or <see langword="null"/> for all customers.</param>
    /// <param name="requestOptions">Per-request overrides, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops the stream.</param>
    /// <returns>The pages.</returns>
    /// <exception cref="ArgumentException">The options are invalid (thrown at the call, before any request).</exception>
    public IAsyncEnumerable<StripeList<Customer>> ListPagesAsync(CustomerListOptions? options = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        options?.Validate();
        return _core.ListPagesAsync(Path, options, requestOptions, StripeJsonContext.Default.StripeListCustomer, cancellationToken);
    }

    /// <summary>Gets one customer.</summary>
    /// <param name="id">The customer id (<c>cus_...</c>).</param>
    /// <param name="options">Fields to expand, or <see langword="null"/>.</param>
    /// <param name="requestOptions">Per-request overrides, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The customer; a deleted customer comes back with <see cref="Customer.Deleted"/> set.</returns>
    public Task<Customer> GetAsync(string id, CustomerGetOptions? options = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        var path = StripeServiceCore.PathWithId(Path, id);
        options?.Validate();
        return _core.RequestAsync(HttpMethod.Get, path, options, requestOptions, StripeJsonContext.Default.Customer, cancellationToken);
    }

    /// <summary>Creates a customer. The request carries an <c>Idempotency-Key</c>, so a retry never creates a second one.</summary>
    /// <param name="options">The fields of the new customer.</param>
    /// <param name="requestOptions">Per-request overrides (such as the idempotency key), or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The created customer.</returns>
    public Task<Customer> CreateAsync(CustomerCreateOptions options, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        return _core.RequestAsync(HttpMethod.Post, Path, options, requestOptions, StripeJsonContext.Default.Customer, cancellationToken);
    }

    /// <summary>Updates the fields set in <paramref name="options"/>.</summary>
    /// <param name="id">The customer id.</param>
    /// <param name="options">The fields to change.</param>
    /// <param name="requestOptions">Per-request overrides, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The updated customer.</returns>
    public Task<Customer> UpdateAsync(string id, CustomerUpdateOptions options, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        var path = StripeServiceCore.PathWithId(Path, id);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        return _core.RequestAsync(HttpMethod.Post, path, options, requestOptions, StripeJsonContext.Default.Customer, cancellationToken);
    }

    /// <summary>Deletes a customer.</summary>
    /// <param name="id">The customer id.</param>
    /// <param name="requestOptions">Per-request overrides, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The deleted marker: <see cref="StripeEntity.Id"/> and <see cref="Customer.Deleted"/> = <see langword="true"/>.</returns>
    public Task<Customer> DeleteAsync(string id, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        var path = StripeServiceCore.PathWithId(Path, id);
        return _core.RequestAsync(HttpMethod.Delete, path, null, requestOptions, StripeJsonContext.Default.Customer, cancellationToken);
    }

    /// <summary>Streams every customer matching a search query, fetching one page ahead.</summary>
    /// <param name="options">The query and page size.</param>
    /// <param name="requestOptions">Per-request overrides, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops the stream.</param>
    /// <returns>The matching customers.</returns>
    /// <exception cref="ArgumentException">The query is empty or the limit out of range (thrown at the call).</exception>
    public IAsyncEnumerable<Customer> SearchAsync(CustomerSearchOptions options, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default) =>
        StripeServiceCore.Flatten(SearchPagesAsync(options, requestOptions, cancellationToken), cancellationToken);

    /// <summary>Streams the pages of a customer search, each with <see cref="SearchResult{T}.TotalCount"/> when Stripe reports it.</summary>
    /// <param name="options">The query and page size.</param>
    /// <param name="requestOptions">Per-request overrides, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops the stream.</param>
    /// <returns>The pages.</returns>
    /// <exception cref="ArgumentException">The query is empty or the limit out of range (thrown at the call).</exception>
    public IAsyncEnumerable<SearchResult<Customer>> SearchPagesAsync(CustomerSearchOptions options, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        return _core.SearchPagesAsync(Path + "/search", options, requestOptions, StripeJsonContext.Default.SearchResultCustomer, cancellationToken);
    }

    /// <summary>
    /// Streams every customer in a <c>created</c> range with several partitions listed at once (a large export at the
    /// rate limit rather than at one page per round trip). The stream holds exactly the customers a serial listing
    /// would, in no particular order; customers created after the export starts are not included.
    /// </summary>
    /// <param name="options">Range, filters, page size and partitions, or <see langword="null"/> for every customer.</param>
    /// <param name="requestOptions">Per-request overrides, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops the export and every request in flight.</param>
    /// <returns>The customers, each yielded as soon as its page is decoded.</returns>
    /// <exception cref="ArgumentException">The options are invalid (thrown at the call, before any request).</exception>
    public IAsyncEnumerable<Customer> ExportAsync(CustomerExportOptions? options = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default) =>
        _core.ExportAsync(Path, options ?? new CustomerExportOptions(), static customer => customer.Created, requestOptions, StripeJsonContext.Default.StripeListCustomer, cancellationToken);
}
