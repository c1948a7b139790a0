using System.Text.Json.Serialization.Metadata;
using Polvo.Export;
using Polvo.Paging;
using Polvo.Stripe.Entities;
using Polvo.Stripe.Http;

namespace Polvo.Stripe.Services;

/// <summary>What every service does with the requestor: single requests, and lists/searches streamed with prefetch.</summary>
internal sealed class StripeServiceCore(StripeRequestor requestor)
{
    public StripeRequestor Requestor { get; } = requestor;

    public Task<T> RequestAsync<T>(HttpMethod method, string path, StripeOptions? options, RequestOptions? requestOptions, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
    {
        var request = StripeRequest.Create(method, path, options?.ToParameters(), requestOptions);
        return Requestor.SendAsync(request, typeInfo, cancellationToken);
    }

    public IAsyncEnumerable<StripeList<T>> ListPagesAsync<T>(string path, ListOptions? options, RequestOptions? requestOptions, JsonTypeInfo<StripeList<T>> typeInfo, CancellationToken cancellationToken)
        where T : StripeEntity
    {
        var first = StripeRequest.Create(HttpMethod.Get, path, options?.ToParameters(), requestOptions);
        var backward = options?.EndingBefore is not null;
        var baseParameters = first.Parameters.Where(p => p.Key is not ("starting_after" or "ending_before")).ToList();
        return PrefetchingPager.PagesAsync<StripeList<T>>(
            (previous, token) =>
            {
                if (previous is null)
                {
                    return Requestor.SendAsync(first, typeInfo, token);
                }

                var cursor = backward
                    ? new KeyValuePair<string, string>("ending_before", previous.Data[0].Id)
                    : new KeyValuePair<string, string>("starting_after", previous.Data[^1].Id);
                return Requestor.SendAsync(first.WithParameters([.. baseParameters, cursor]), typeInfo, token);
            },
            page => page.HasMore && page.Data.Count > 0,
            cancellationToken);
    }

    public IAsyncEnumerable<SearchResult<T>> SearchPagesAsync<T>(string path, SearchOptions options, RequestOptions? requestOptions, JsonTypeInfo<SearchResult<T>> typeInfo, CancellationToken cancellationToken)
    {
        var first = StripeRequest.Create(HttpMethod.Get, path, options.ToParameters(), requestOptions);
        var baseParameters = first.Parameters.Where(p => p.Key != "page").ToList();
        return PrefetchingPager.PagesAsync<SearchResult<T>>(
            (previous, token) => Requestor.SendAsync(
                previous is null ? first : first.WithParameters([.. baseParameters, new("page", previous.NextPage!)]), typeInfo, token),
            page => page.HasMore && !string.IsNullOrEmpty(page.NextPage),
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

    public static IAsyncEnumerable<T> Flatten<T>(IAsyncEnumerable<StripeList<T>> pages, CancellationToken cancellationToken) =>
        PrefetchingPager.FlattenAsync(pages, page => page.Data, cancellationToken);

    public static IAsyncEnumerable<T> Flatten<T>(IAsyncEnumerable<SearchResult<T>> pages, CancellationToken cancellationToken) =>
        PrefetchingPager.FlattenAsync(pages, page => page.Data, cancellationToken);

    public static string PathWithId(string collection, string id, string parameterName = "id")
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            throw new ArgumentException($"The {parameterName} is empty; give the id of an existing object.", parameterName);
        }

        return $"{collection}/{Uri.EscapeDataString(id)}";
    }
}
