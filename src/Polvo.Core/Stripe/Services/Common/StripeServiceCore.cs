using System.Text.Json.Serialization.Metadata;
using Polvo.Export;
using Polvo.Paging;
using Polvo.Stripe.Entities;
using Polvo.Stripe.Http;

namespace Polvo.Stripe.Services;

/// <summary>What every service does with the requestor: single requests, and lists/searches streamed one page ahead unless the options turn read-ahead off.</summary>
internal sealed class StripeServiceCore(StripeRequestor requestor)
{
    public StripeRequestor Requestor { get; } = requestor;

    public Task<T> RequestAsync<T>(HttpMethod method, string path, StripeOptions? options, RequestOptions? requestOptions, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
    {
        var request = StripeRequest.Create(method, path, options?.ToParameters(), requestOptions);
        return Requestor.SendAsync(request, typeInfo, cancellationToken);
    }

    public IAsyncEnumerable<StripeList<T>> ListPagesAsync<T>(string path, StripeOptions? options, RequestOptions? requestOptions, JsonTypeInfo<StripeList<T>> typeInfo, CancellationToken cancellationToken)
    {
        var first = StripeRequest.Create(HttpMethod.Get, path, options?.ToParameters(), requestOptions);
        var backward = (options as ListOptions)?.EndingBefore is not null;
        var baseParameters = first.Parameters.Where(p => p.Key is not ("starting_after" or "ending_before")).ToList();
        // The cursor is skimmed from the raw body, so the next page is requested while this one is decoded.
        return PrefetchingPager.PagesAsync<ReceivedPage, StripeList<T>>(
            (previous, token) =>
            {
                if (previous is null)
                {
                    return ReceiveAsync(first, token);
                }

                var cursor = backward
                    ? new KeyValuePair<string, string>("ending_before", previous.Cursor.FirstId!)
                    : new KeyValuePair<string, string>("starting_after", previous.Cursor.LastId!);
                return ReceiveAsync(first.WithParameters([.. baseParameters, cursor]), token);
            },
            page => page.Cursor.HasMore && (backward ? page.Cursor.FirstId : page.Cursor.LastId) is not null,
            page => page.Response.Decode(typeInfo),
            new PagerOptions { ReadAhead = (options as ListOptions)?.ReadAhead ?? true },
            cancellationToken);
    }

    public IAsyncEnumerable<SearchResult<T>> SearchPagesAsync<T>(string path, SearchOptions options, RequestOptions? requestOptions, JsonTypeInfo<SearchResult<T>> typeInfo, CancellationToken cancellationToken)
    {
        var first = StripeRequest.Create(HttpMethod.Get, path, options.ToParameters(), requestOptions);
        var baseParameters = first.Parameters.Where(p => p.Key != "page").ToList();
        return PrefetchingPager.PagesAsync<ReceivedPage, SearchResult<T>>(
            (previous, token) => ReceiveAsync(
                previous is null ? first : first.WithParameters([.. baseParameters, new("page", previous.Cursor.NextPage!)]), token),
            page => page.Cursor.HasMore && !string.IsNullOrEmpty(page.Cursor.NextPage),
            page => page.Response.Decode(typeInfo),
            new PagerOptions { ReadAhead = options.ReadAhead },
            cancellationToken);
    }

    /// <summary>Exports every object of a list endpoint with a partitioned export (validating the options first).</summary>
    public IAsyncEnumerable<T> ExportAsync<T>(string path, ExportOptions options, Func<T, DateTimeOffset> createdOf, RequestOptions? requestOptions, JsonTypeInfo<StripeList<T>> typeInfo, CancellationToken cancellationToken)
        where T : StripeEntity
    {
        options.Validate();
        var source = new StripeListPageSource<T>(this, path, options.ToParameters(), requestOptions, typeInfo);
        return PartitionedExport.RunAsync(
            source, static item => item.Id, item => createdOf(item).ToUnixTimeSeconds(), options.ToExportOptions(Requestor.Settings.TimeProvider), cancellationToken);
    }

    private async Task<ReceivedPage> ReceiveAsync(StripeRequest request, CancellationToken cancellationToken)
    {
        var response = await Requestor.ReceiveAsync(request, cancellationToken).ConfigureAwait(false);
        try
        {
            return new ReceivedPage(response);
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    public static IAsyncEnumerable<T> Flatten<T>(IAsyncEnumerable<StripeList<T>> pages, CancellationToken cancellationToken) =>
        PrefetchingPager.FlattenAsync(pages, page => page.Data, cancellationToken);

    public static IAsyncEnumerable<T> Flatten<T>(IAsyncEnumerable<SearchResult<T>> pages, CancellationToken cancellationToken) =>
        PrefetchingPager.FlattenAsync(pages, page => page.Data, cancellationToken);

    /// <summary>An id as one path segment (escaped); an empty id is refused before any request, naming the parameter.</summary>
    public static string Segment(string id, string parameterName)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            throw new ArgumentException($"The {parameterName} is empty; give the id of an existing object.", parameterName);
        }

        return Uri.EscapeDataString(id);
    }

    public static string PathWithId(string collection, string id, string parameterName = "id")
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            throw new ArgumentException($"The {parameterName} is empty; give the id of an existing object.", parameterName);
        }

        return $"{collection}/{Uri.EscapeDataString(id)}";
    }
}
