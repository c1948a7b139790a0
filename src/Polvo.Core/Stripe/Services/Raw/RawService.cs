using System.Text.Json;
using Polvo.Paging;
using Polvo.Stripe.Entities;
using Polvo.Stripe.Http;

namespace Polvo.Stripe.Services;

/// <summary>
/// Any Stripe endpoint, untyped: parameters as a dictionary (form-encoded by <see cref="FormEncoder"/>),
/// responses as <see cref="JsonElement"/>. Errors map to the same exceptions as the typed services.
/// </summary>
public sealed class RawService
{
    private readonly StripeServiceCore _core;

    internal RawService(StripeServiceCore core) => _core = core;

    /// <summary>Sends one request. A POST carries an <c>Idempotency-Key</c> (the caller's, else generated).</summary>
    /// <param name="method">The HTTP method: GET, POST or DELETE.</param>
    /// <param name="path">The path relative to the base URL, such as <c>/v1/customers</c> (never an absolute URL).</param>
    /// <param name="parameters">The parameters: query string for GET and DELETE, form body for POST.</param>
    /// <param name="requestOptions">Per-request overrides, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The decoded JSON response.</returns>
    /// <exception cref="ArgumentException">The path is empty or absolute.</exception>
    public Task<JsonElement> SendAsync(HttpMethod method, string path, IReadOnlyDictionary<string, object?>? parameters = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(method);
        var request = StripeRequest.Create(method, CheckPath(path), FormEncoder.Flatten(parameters), requestOptions);
        return _core.Requestor.SendAsync(request, StripeJsonContext.Default.JsonElement, cancellationToken);
    }

    /// <summary>
    /// Streams the items of any list (<c>object: list</c>) or search (<c>object: search_result</c>) endpoint,
    /// following <c>starting_after</c> (or <c>ending_before</c> when the parameters include it, paging toward newer objects) or <c>next_page</c>, one page ahead.
    /// </summary>
    /// <param name="path">The path of the list, such as <c>/v1/customers</c> or <c>/v1/charges/search</c>.</param>
    /// <param name="parameters">Filters and page size.</param>
    /// <param name="requestOptions">Per-request overrides, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops the stream.</param>
    /// <returns>The items of every page.</returns>
    /// <exception cref="ArgumentException">The path is empty or absolute (thrown at the call).</exception>
    public IAsyncEnumerable<JsonElement> ListAllAsync(string path, IReadOnlyDictionary<string, object?>? parameters = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default) =>
        PrefetchingPager.ItemsAsync(PageFetcher(path, parameters, requestOptions), page => page.NextCursor is not null, page => page.Items, cancellationToken);

    /// <summary>
    /// Streams the pages of any list or search endpoint, paging as <see cref="ListAllAsync"/> does but with no read-ahead:
    /// the next page is requested only when the consumer asks for it (<c>MoveNextAsync</c>), so a consumer that stops
    /// after a page requests nothing more.
    /// </summary>
    /// <param name="path">The path of the list, such as <c>/v1/customers</c> or <c>/v1/charges/search</c>.</param>
    /// <param name="parameters">Filters and page size.</param>
    /// <param name="requestOptions">Per-request overrides, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops the stream; combined with the token given to the enumerator.</param>
    /// <returns>The pages, in order; the last has no <see cref="RawPage.NextCursor"/>.</returns>
    /// <exception cref="ArgumentException">The path is empty or absolute (thrown at the call).</exception>
    public IAsyncEnumerable<RawPage> ListPagesAsync(string path, IReadOnlyDictionary<string, object?>? parameters = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default) =>
        PrefetchingPager.PagesAsync(PageFetcher(path, parameters, requestOptions), page => page.NextCursor is not null, new PagerOptions { ReadAhead = false }, cancellationToken);

    /// <summary>Validates the path now and returns the fetch of the page after a given one (null: the first page).</summary>
    private Func<RawPage?, CancellationToken, Task<RawPage>> PageFetcher(string path, IReadOnlyDictionary<string, object?>? parameters, RequestOptions? requestOptions)
    {
        var first = StripeRequest.Create(HttpMethod.Get, CheckPath(path), FormEncoder.Flatten(parameters), requestOptions);
        var backward = first.Parameters.Any(p => p.Key == "ending_before");
        var baseParameters = first.Parameters.Where(p => p.Key is not ("starting_after" or "ending_before" or "page")).ToList();
        return async (previous, token) =>
        {
            var request = previous is null ? first : first.WithParameters([.. baseParameters, previous.NextCursor!.Value]);
            var body = await _core.Requestor.SendAsync(request, StripeJsonContext.Default.JsonElement, token).ConfigureAwait(false);
            return RawPage.From(body, request.Path, backward);
        };
    }

    private static string CheckPath(string path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new ArgumentException("The path is empty; give an API path such as /v1/customers.", nameof(path));
        }

        if (Uri.TryCreate(path, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https" || path.StartsWith("//", StringComparison.Ordinal))
        {
            throw new ArgumentException($"The path must be relative to the base URL, such as /v1/customers (got '{path}'); the base URL is part of the client's settings, not of the path.", nameof(path));
        }

        return path;
    }
}
