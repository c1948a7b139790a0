using System.Text.Json;
using Polvo.Stripe.Errors;

namespace Polvo.Stripe.Services;

/// <summary>One page of an untyped list or search, with the cursor of the page after it (see <see cref="RawService.ListPagesAsync"/>).</summary>
public sealed class RawPage
{
    private RawPage(IReadOnlyList<JsonElement> items, KeyValuePair<string, string>? nextCursor)
    {
        Items = items;
        NextCursor = nextCursor;
    }

    /// <summary>The <see cref="StripeException.Code"/> of the error raised when a path paged as a list returns something else.</summary>
    public const string NotAListCode = "response_not_a_list";

    /// <summary>Gets the items of the page, in the order Stripe sent them.</summary>
    public IReadOnlyList<JsonElement> Items { get; }

    /// <summary>Gets the parameter that fetches the next page (<c>starting_after</c>, <c>ending_before</c> or <c>page</c>), or <see langword="null"/> on the last page.</summary>
    public KeyValuePair<string, string>? NextCursor { get; }

    /// <summary>Reads one page; a list paged <paramref name="backward"/> (begun with <c>ending_before</c>) continues before its first, newest item.</summary>
    internal static RawPage From(JsonElement body, string path, bool backward)
    {
        var kind = body.ValueKind == JsonValueKind.Object && body.TryGetProperty("object", out var o) ? o.GetString() : null;
        if (kind is not ("list" or "search_result") || !body.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Array)
        {
            throw new StripeApiException(
                $"/{path.TrimStart('/')} did not return a list or search result (object is '{kind ?? "missing"}'), so it has no pages to follow; read it as one object.",
                new StripeError { Type = "api_error", Code = NotAListCode });
        }

        var items = data.EnumerateArray().ToList();
        var hasMore = body.TryGetProperty("has_more", out var more) && more.ValueKind == JsonValueKind.True;
        KeyValuePair<string, string>? next = null;
        if (hasMore && kind == "search_result" && body.TryGetProperty("next_page", out var page) && page.ValueKind == JsonValueKind.String)
        {
            next = new("page", page.GetString()!);
        }
        else if (hasMore && kind == "list" && items.Count > 0 && (backward ? items[0] : items[^1]).TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String)
        {
            next = new(backward ? "ending_before" : "starting_after", id.GetString()!);
        }

        return new RawPage(items, next);
    }
}
