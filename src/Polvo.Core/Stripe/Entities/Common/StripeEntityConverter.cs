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

        using var document = JsonDocument.ParseValue(ref reader);
        var root = document.RootElement;
        var objectName = root.TryGetProperty("object", out var name) && name.ValueKind == JsonValueKind.String ? name.GetString()! : string.Empty;
        var deleted = root.TryGetProperty("deleted", out var flag) && flag.ValueKind == JsonValueKind.True;
        var typeInfo = StripeObjectTypes.Find(objectName, deleted, options) ?? options.GetTypeInfo(typeof(UnknownStripeEntity));
        return (StripeEntity?)root.Deserialize(typeInfo);
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, StripeEntity value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(value);
        JsonSerializer.Serialize(writer, value, options.GetTypeInfo(value.GetType()));
    }
}
