using Polvo.Stripe.Entities;

namespace Polvo.Stripe.Services;

/// <summary>Charges: list, get, create, update and search (<c>/v1/charges</c>).</summary>
public sealed class ChargeService
{
    private const string Path = "v1/charges";
    private readonly StripeServiceCore _core;

    internal ChargeService(StripeServiceCore core) => _core = core;

    /// <summary>Streams every charge matching <paramref name="options"/>, newest first, fetching one page ahead.</summary>
    /// <param name="options">Filters and page size, or <see langword="null"/> for all charges.</param>
    /// <param name="requestOptions">Per-request overrides, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops the stream.</param>
    /// <returns>The charges, each yielded as soon as its page is decoded.</returns>
    /// <exception cref="ArgumentException">The options are invalid (thrown at the call, before any request).</exception>
    public IAsyncEnumerable<Charge> ListAsync(ChargeListOptions? options = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default) =>
        StripeServiceCore.Flatten(ListPagesAsync(options, requestOptions, cancellationToken), cancellationToken);

    /// <summary>Streams the pages of the charge list (for progress or diagnostics), fetching one page ahead.</summary>
    /// <param name="options">Filters and page size, or <see langword="null"/> for all charges.</param>
    /// <param name="requestOptions">Per-request overrides, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops the stream.</param>
    /// <returns>The pages.</returns>
    /// <exception cref="ArgumentException">The options are invalid (thrown at the call, before any request).</exception>
    public IAsyncEnumerable<StripeList<Charge>> ListPagesAsync(ChargeListOptions? options = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        options?.Validate();
        return _core.ListPagesAsync(Path, options, requestOptions, StripeJsonContext.Default.StripeListCharge, cancellationToken);
    }

    /// <summary>Gets one charge.</summary>
    /// <param name="id">The charge id (<c>ch_...</c>).</param>
    /// <param name="options">Fields to expand, or <see langword="null"/>.</param>
    /// <param name="requestOptions">Per-request overrides, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The charge; expand <c>customer</c> to get <see cref="Charge.Customer"/> as an object.</returns>
    public Task<Charge> GetAsync(string id, ChargeGetOptions? options = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        var path = StripeServiceCore.PathWithId(Path, id);
        options?.Validate();
        return _core.RequestAsync(HttpMethod.Get, path, options, requestOptions, StripeJsonContext.Default.Charge, cancellationToken);
    }

    /// <summary>Creates a charge. The request carries an <c>Idempotency-Key</c>, so a retry never creates a second charge.</summary>
    /// <param name="options">The amount, currency and other fields of the new charge.</param>
    /// <param name="requestOptions">Per-request overrides (such as the idempotency key), or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The created charge.</returns>
    public Task<Charge> CreateAsync(ChargeCreateOptions options, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        return _core.RequestAsync(HttpMethod.Post, Path, options, requestOptions, StripeJsonContext.Default.Charge, cancellationToken);
    }

    /// <summary>Updates the fields set in <paramref name="options"/>.</summary>
    /// <param name="id">The charge id.</param>
    /// <param name="options">The fields to change.</param>
    /// <param name="requestOptions">Per-request overrides, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The updated charge.</returns>
    public Task<Charge> UpdateAsync(string id, ChargeUpdateOptions options, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        var path = StripeServiceCore.PathWithId(Path, id);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        return _core.RequestAsync(HttpMethod.Post, path, options, requestOptions, StripeJsonContext.Default.Charge, cancellationToken);
    }

    /// <summary>Streams every charge matching a search query, fetching one page ahead.</summary>
    /// <param name="options">The query and page size.</param>
    /// <param name="requestOptions">Per-request overrides, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops the stream.</param>
    /// <returns>The matching charges.</returns>
    /// <exception cref="ArgumentException">The query is empty or the limit out of range (thrown at the call).</exception>
    public IAsyncEnumerable<Charge> SearchAsync(ChargeSearchOptions options, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default) =>
        StripeServiceCore.Flatten(SearchPagesAsync(options, requestOptions, cancellationToken), cancellationToken);

    /// <summary>Streams the pages of a charge search, each with <see cref="SearchResult{T}.TotalCount"/> when Stripe reports it.</summary>
    /// <param name="options">The query and page size.</param>
    /// <param name="requestOptions">Per-request overrides, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops the stream.</param>
    /// <returns>The pages.</returns>
    /// <exception cref="ArgumentException">The query is empty or the limit out of range (thrown at the call).</exception>
    public IAsyncEnumerable<SearchResult<Charge>> SearchPagesAsync(ChargeSearchOptions options, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        return _core.SearchPagesAsync(Path + "/search", options, requestOptions, StripeJsonContext.Default.SearchResultCharge, cancellationToken);
    }

    /// <summary>
    /// Streams every charge in a <c>created</c> range with several partitions listed at once (a large export at the
    /// rate limit rather than at one page per round trip). The stream holds exactly the charges a serial listing
    /// would, in no particular order; charges created after the export starts are not included.
    /// </summary>
    /// <param name="options">Range, filters, page size and partitions, or <see langword="null"/> for every charge.</param>
    /// <param name="requestOptions">Per-request overrides, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops the export and every request in flight.</param>
    /// <returns>The charges, each yielded as soon as its page is decoded.</returns>
    /// <exception cref="ArgumentException">The options are invalid (thrown at the call, before any request).</exception>
    public IAsyncEnumerable<Charge> ExportAsync(ChargeExportOptions? options = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default) =>
        _core.ExportAsync(Path, options ?? new ChargeExportOptions(), static charge => charge.Created, requestOptions, StripeJsonContext.Default.StripeListCharge, cancellationToken);
}
