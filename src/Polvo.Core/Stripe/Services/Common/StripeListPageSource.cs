using System.Globalization;
using System.Text.Json.Serialization.Metadata;
using Polvo.Export;
using Polvo.Stripe.Entities;
using Polvo.Stripe.Http;

namespace Polvo.Stripe.Services;

/// <summary>One Stripe list endpoint seen as the page source of a partitioned export (<c>starting_after</c> and <c>ending_before</c>).</summary>
internal sealed class StripeListPageSource<T>(
    StripeServiceCore core,
    string path,
    IReadOnlyList<KeyValuePair<string, string>> filters,
    RequestOptions? requestOptions,
    JsonTypeInfo<StripeList<T>> typeInfo) : ICreatedRangeReversePageSource<T>
    where T : StripeEntity
{
    public Task<ExportPage<T>> FetchPageAsync(CreatedRange range, string? startingAfter, int limit, CancellationToken cancellationToken) =>
        FetchAsync(range, startingAfter is null ? null : new("starting_after", startingAfter), limit, cancellationToken);

    public Task<ExportPage<T>> FetchPageBeforeAsync(CreatedRange range, string endingBefore, int limit, CancellationToken cancellationToken) =>
        FetchAsync(range, new("ending_before", endingBefore), limit, cancellationToken);

    private async Task<ExportPage<T>> FetchAsync(CreatedRange range, KeyValuePair<string, string>? cursor, int limit, CancellationToken cancellationToken)
    {
        List<KeyValuePair<string, string>> parameters =
        [
            .. filters,
            new("limit", limit.ToString(CultureInfo.InvariantCulture)),
            new("created[gte]", range.GreaterThanOrEqual.ToString(CultureInfo.InvariantCulture)),
            new("created[lt]", range.LessThan.ToString(CultureInfo.InvariantCulture)),
        ];
        if (cursor is { } pair)
        {
            parameters.Add(pair);
        }

        var request = StripeRequest.Create(HttpMethod.Get, path, parameters, requestOptions);
        var page = await core.Requestor.SendAsync(request, typeInfo, cancellationToken).ConfigureAwait(false);
        return new ExportPage<T>(page.Data, page.HasMore);
    }
}
