using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Polvo.Stripe.Entities;

/// <summary>
/// Reads a field that holds one of several kinds of object (a payment source, a balance transaction's source, a
/// customer or its deleted marker) as the model its <c>object</c> field names; writes whatever model it holds.
/// </summary>
/// <remarks>System.Text.Json's own polymorphism needs the discriminator first and a closed set of types; Stripe sends
/// <c>object</c> anywhere and adds kinds over time, so an unknown kind is read as <see cref="UnknownStripeEntity"/>.</remarks>
public sealed class StripeEntityConverter : JsonConverter<StripeEntity>
{
    /// <inheritdoc/>
    public override StripeEntity? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"Expected a Stripe object, got {reader.TokenType}.");
        }

        var (_, objectName, deleted) = ObjectPeek.Read(reader); // from a copy of the reader: the object is then read once, typed
        var typeInfo = StripeObjectTypes.Find(objectName ?? string.Empty, deleted, options) ?? options.GetTypeInfo(typeof(UnknownStripeEntity));
        return (StripeEntity?)JsonSerializer.Deserialize(ref reader, typeInfo);
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, StripeEntity value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(value);
        JsonSerializer.Serialize(writer, value, options.GetTypeInfo(value.GetType()));
    }
}
