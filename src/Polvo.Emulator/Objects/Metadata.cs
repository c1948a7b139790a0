using System.Text.Json;
using Polvo.Emulator.Http;

namespace Polvo.Emulator.Objects;

/// <summary>Stripe metadata: string pairs in insertion order; an empty value removes a key, <c>metadata=</c> clears all.</summary>
internal static class Metadata
{
    public static readonly KeyValuePair<string, string>[] None = [];

    /// <summary>Reads and checks <c>metadata[...]</c>; null when absent, empty for <c>metadata=</c>.</summary>
    public static List<KeyValuePair<string, string>>? Read(ParamReader reader)
    {
        var changes = reader.Map("metadata");
        if (changes is null) return null;
        foreach (var (key, value) in changes)
        {
            if (key.Length == 0 || key.Length > 40) throw ApiErrors.BadRequest($"Invalid metadata key '{ApiErrors.Shorten(key)}': keys must be 1 to 40 characters long.", "metadata");
            if (value.Length > 500) throw ApiErrors.BadRequest($"Invalid metadata value for '{key}': values can be at most 500 characters long.", $"metadata[{key}]");
        }

        if (changes.Count > 50) throw ApiErrors.BadRequest("Metadata can have at most 50 keys.", "metadata");
        return changes;
    }

    public static KeyValuePair<string, string>[] Apply(KeyValuePair<string, string>[] current, List<KeyValuePair<string, string>>? changes)
    {
        if (changes is null) return current;
        if (changes.Count == 0) return None;
        var result = current.ToList();
        foreach (var (key, value) in changes)
        {
            var at = result.FindIndex(p => p.Key == key);
            if (value.Length == 0)
            {
                if (at >= 0) result.RemoveAt(at);
            }
            else if (at >= 0)
            {
                result[at] = new(key, value);
            }
            else
            {
                result.Add(new(key, value));
            }
        }

        return [.. result];
    }

    public static string? Get(KeyValuePair<string, string>[] metadata, string key)
    {
        foreach (var pair in metadata)
        {
            if (pair.Key == key) return pair.Value;
        }

        return null;
    }

    public static void Write(Utf8JsonWriter writer, KeyValuePair<string, string>[] metadata)
    {
        writer.WriteStartObject("metadata");
        foreach (var (key, value) in metadata) writer.WriteString(key, value);
        writer.WriteEndObject();
    }
}
