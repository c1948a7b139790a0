using System.Text.Json;
using Polvo.Emulator.Http;

namespace Polvo.Emulator.Search;

/// <summary>
/// Writes Stripe's search result: <c>{"object":"search_result","data":[...],"has_more","next_page","url"}</c>, with
/// <c>total_count</c> only when the request expanded it (<paramref name="totalCount"/> not null).
/// </summary>
internal static class SearchResultWriter
{
    public static JsonBody Body<T>(List<T> items, string? nextPage, int? totalCount, string url, Action<Utf8JsonWriter, T> writeItem) => writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("object", "search_result");
        writer.WriteStartArray("data");
        foreach (var item in items) writeItem(writer, item);
        writer.WriteEndArray();
        writer.WriteBoolean("has_more", nextPage is not null);
        if (nextPage is null) writer.WriteNull("next_page");
        else writer.WriteString("next_page", nextPage);
        if (totalCount is { } total) writer.WriteNumber("total_count", total);
        writer.WriteString("url", url);
        writer.WriteEndObject();
    };
}
