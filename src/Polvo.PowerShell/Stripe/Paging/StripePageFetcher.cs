using System.Text.Json;
using Polvo.PowerShell.Stripe.Connections;
using Polvo.Stripe.Entities;

namespace Polvo.PowerShell.Stripe.Paging;

/// <summary>
/// Fetches exactly one page, or one object, of a <see cref="StripeResource{T}"/> through the client (same auth,
/// retries and rate limit), with no read-ahead: <see cref="PageStreamer"/> decides when the next page is wanted.
/// </summary>
internal sealed class StripePageFetcher<T>(PolvoStripeConnection connection, StripeResource<T> resource)
    where T : StripeEntity
{
    /// <summary>One page of the list, filtered by <paramref name="filters"/>, starting after <paramref name="cursor"/>.</summary>
    public async Task<Page<T>> ListAsync(IReadOnlyDictionary<string, object?> filters, string? cursor, int limit, CancellationToken cancellationToken)
    {
        var parameters = new Dictionary<string, object?>(filters, StringComparer.Ordinal) { ["limit"] = limit, ["starting_after"] = cursor };
        var body = await SendAsync(resource.Path, parameters, cancellationToken).ConfigureAwait(false);
        var page = body.Deserialize(resource.List) ?? new StripeList<T>();
        return new Page<T>(page.Data, page.HasMore && page.Data.Count > 0 ? page.Data[^1].Id : null, null);
    }

    /// <summary>
    /// One page of the search for <paramref name="query"/>, at <paramref name="cursor"/> (a <c>next_page</c>). With
    /// <paramref name="includeTotalCount"/>, the first page asks for <c>expand[]=total_count</c>: Stripe counts the
    /// matches only when asked.
    /// </summary>
    public async Task<Page<T>> SearchAsync(string query, string? cursor, int limit, bool includeTotalCount, CancellationToken cancellationToken)
    {
        var parameters = new Dictionary<string, object?>(StringComparer.Ordinal) { ["query"] = query, ["limit"] = limit, ["page"] = cursor };
        if (includeTotalCount && cursor is null)
        {
            parameters["expand"] = new[] { "total_count" };
        }

        var body = await SendAsync(resource.Path + "/search", parameters, cancellationToken).ConfigureAwait(false);
        var page = body.Deserialize(resource.Search ?? throw new ArgumentException($"Stripe has no search for {resource.Noun}; list with filters instead.", "Query")) ?? new SearchResult<T>();
        return new Page<T>(page.Data, page.HasMore && !string.IsNullOrEmpty(page.NextPage) ? page.NextPage : null, page.TotalCount);
    }

    /// <summary>One object by id, with <paramref name="expand"/> fields expanded.</summary>
    public async Task<T> GetAsync(string id, IReadOnlyList<string>? expand, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            throw new ArgumentException("The id is empty; give the id of an existing object.", nameof(id));
        }

        var parameters = new Dictionary<string, object?>(StringComparer.Ordinal) { ["expand"] = expand is { Count: > 0 } ? expand : null };
        var body = await SendAsync($"{resource.Path}/{Uri.EscapeDataString(id.Trim())}", parameters, cancellationToken).ConfigureAwait(false);
        return body.Deserialize(resource.Item) ?? throw new JsonException($"Stripe returned an empty body for {id}.");
    }

    private Task<JsonElement> SendAsync(string path, Dictionary<string, object?> parameters, CancellationToken cancellationToken) =>
        connection.Client.Raw.SendAsync(HttpMethod.Get, path, parameters, requestOptions: null, cancellationToken);
}
