using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Polvo.Stripe.Entities;

/// <summary>
/// Reads a string field whose values repeat from object to object (an <c>object</c> name, a documented enum such as
/// <c>status</c>) and returns the same string instance for a value it saw recently, instead of a new string per object.
/// </summary>
/// <remarks>
/// One instance serves one property of one serializer context (the generator puts it on the property), so a handful of
/// recent values covers what the property holds; a streamed page of customers then shares one <c>"customer"</c> and one
/// <c>"none"</c>. A race between threads at worst replaces an entry, and every entry is immutable.
/// </remarks>
public sealed class RepeatedStringConverter : JsonConverter<string>
{
    private const int Slots = 4;
    private const int MaxLength = 64; // longer strings are not enum values: keep them out of the cache

    private readonly Entry?[] _recent = new Entry?[Slots];
    private int _next;

    /// <inheritdoc/>
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            return reader.GetString(); // null stays null; any other token throws as the default string handling does
        }

        foreach (var entry in _recent)
        {
            if (entry is not null && reader.ValueTextEquals(entry.Utf8))
            {
                return entry.Text;
            }
        }

        var text = reader.GetString()!;
        if (text.Length <= MaxLength)
        {
            var slot = (uint)_next++ % Slots;
            _recent[slot] = new Entry(text, Encoding.UTF8.GetBytes(text));
        }

        return text;
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value);
    }

    private sealed record Entry(string Text, byte[] Utf8);
}
