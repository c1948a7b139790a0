using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Polvo.Stripe.Entities;

/// <summary>
/// Reads and writes a model-typed field of a generated model through the metadata of <typeparamref name="T"/>, fetched
/// from the options only when the field first holds a value.
/// </summary>
/// <remarks>
/// The serializer resolves and configures the metadata of every property type when it configures a type, so a
/// <c>Customer</c> typed end to end would pull in every model reachable from it (almost all 561: about a second of
/// JIT before the first item). The generator therefore shows a model-typed field to the serializer as an internal
/// <see cref="object"/> property with this converter, next to the public typed property, and the models a response
/// never holds are never prepared.
/// </remarks>
/// <typeparam name="T">The field's type.</typeparam>
internal sealed class DeferredConverter<T> : JsonConverter<object>
{
    private JsonTypeInfo<T>? _typeInfo;

    /// <inheritdoc/>
    public override object? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonSerializer.Deserialize(ref reader, TypeInfo(options));

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, object value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, (T)value, TypeInfo(options));

    private JsonTypeInfo<T> TypeInfo(JsonSerializerOptions options)
    {
        var typeInfo = _typeInfo;
        if (typeInfo is null || !ReferenceEquals(typeInfo.Options, options))
        {
            // One converter per property of one context, so this runs once; the check keeps a converter reused with
            // other options correct.
            _typeInfo = typeInfo = (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
        }

        return typeInfo;
    }
}

/// <summary>
/// Reads and writes a field of a generated model with <typeparamref name="TConverter"/> (an expandable reference, a
/// list of them), shown to the serializer as <see cref="object"/> for the reason given on <see cref="DeferredConverter{T}"/>.
/// </summary>
/// <typeparam name="T">The field's type.</typeparam>
/// <typeparam name="TConverter">The converter of <typeparamref name="T"/>.</typeparam>
internal sealed class DeferredConverter<T, TConverter> : JsonConverter<object>
    where TConverter : JsonConverter<T>, new()
{
    private readonly TConverter _converter = new();

    /// <inheritdoc/>
    public override object? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        _converter.Read(ref reader, typeof(T), options);

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, object value, JsonSerializerOptions options) =>
        _converter.Write(writer, (T)value, options);
}
