using System.Text.Json;
using Polvo.Emulator.Http;
using Polvo.Emulator.Store;

namespace Polvo.Emulator.Lists;

/// <summary>Writes Stripe's list envelope: <c>{"object":"list","data":[...],"has_more":...,"url":...}</c>.</summary>
internal static class ListWriter
{
    public static JsonBody Body<T>(ListPage<T> page, string url, Action<Utf8JsonWriter, T> writeItem) => writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("object", "list");
        writer.WriteStartArray("data");
        foreach (var item in page.Items) writeItem(writer, item);
        writer.WriteEndArray();
        writer.WriteBoolean("has_more", page.HasMore);
        writer.WriteString("url", url);
        writer.WriteEndObject();
    };
}
