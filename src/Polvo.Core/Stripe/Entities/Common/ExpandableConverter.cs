using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Polvo.Stripe.Entities;

/// <summary>Reads and writes an <see cref="Expandable{T}"/>: a JSON string is the id, a JSON object the expanded value.</summary>
/// <typeparam name="T">The type of the expanded object; its metadata comes from the serializer options (source-generated).</typeparam>
public sealed class ExpandableConverter<T> : JsonConverter<Expandable<T>>
{
    /// <inheritdoc/>
    public override Expandable<T>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return new Expandable<T>(reader.GetString()!);
            case JsonTokenType.StartObject:
                var id = ObjectPeek.Read(reader).Id; // from a copy of the reader: the object is then read once, typed
                return new Expandable<T>(id, JsonSerializer.Deserialize(ref reader, TypeInfo(options))!);

            default:
                throw new JsonException($"Expected an id string or an object for an expandable field, got {reader.TokenType}.");
        }
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Expandable<T> value, JsonSerializerOptions options)
    {
        if (value.IsExpanded)
        {
            JsonSerializer.Serialize(writer, value.Value!, TypeInfo(options));
        }
        else
        {
            writer.WriteStringValue(value.Id);
        }
    }

    private static JsonTypeInfo<T> TypeInfo(JsonSerializerOptions options) => (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
}
