using System.Text.Json;
using System.Text.Json.Serialization;

namespace Polvo.Stripe.Entities;

/// <summary>Reads and writes a list of <see cref="Expandable{T}"/> (ids, or objects where the request expanded them).</summary>
/// <typeparam name="T">The type of the expanded objects.</typeparam>
public sealed class ExpandableListConverter<T> : JsonConverter<List<Expandable<T>>>
{
    private readonly ExpandableConverter<T> _item = new();

    /// <inheritdoc/>
    public override List<Expandable<T>>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException($"Expected a list of ids or objects, got {reader.TokenType}.");
        }

        var items = new List<Expandable<T>>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            items.Add(_item.Read(ref reader, typeof(Expandable<T>), options)!);
        }

        return items;
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, List<Expandable<T>> value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartArray();
        foreach (var item in value)
        {
            _item.Write(writer, item, options);
        }

        writer.WriteEndArray();
    }
}
