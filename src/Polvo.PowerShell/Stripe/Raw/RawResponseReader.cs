using System.Text.Json;
using Polvo.PowerShell.Cmdlets.Views;
using Polvo.PowerShell.Stripe.Output;
using Polvo.Stripe.Entities;

namespace Polvo.PowerShell.Stripe.Raw;

/// <summary>
/// Reads a response of Invoke-PolvoStripeRequest (or one item of its -All pages) as the Get- cmdlets write it when
/// its <c>object</c> names a model Polvo.Core knows (<see cref="StripeObjectTypes.FindResponse"/>): a
/// <see cref="StripeOutput"/> with the PSTypeName <c>Polvo.Stripe.&lt;Type&gt;</c>, so the format views apply. A list
/// or search envelope stays the plain object it was, with each of its <c>data</c> items read the same way;
/// anything else stays plain (<see cref="JsonValueConverter"/>).
/// </summary>
/// <remarks>
/// The body was decoded once into the JsonElement; the model is bound from that element's UTF-8, never from a
/// re-serialized string, and an object read as a model is not also converted to a plain one.
/// </remarks>
internal static class RawResponseReader
{
    /// <summary>The output of <paramref name="element"/>: a typed <see cref="StripeOutput"/> or plain values.</summary>
    public static object? Read(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty("object", out JsonElement kind) || kind.ValueKind != JsonValueKind.String)
        {
            return JsonValueConverter.ToPlain(element);
        }

        string objectName = kind.GetString()!;
        if (objectName is "list" or "search_result")
        {
            return Envelope(element);
        }

        bool deleted = element.TryGetProperty("deleted", out JsonElement flag) && flag.ValueKind == JsonValueKind.True;
        var typeInfo = StripeObjectTypes.FindResponse(objectName, deleted, StripeJsonContext.Default.Options);
        return typeInfo is not null && Bind(element, typeInfo) is IStripeExtensible model
            ? new StripeOutput(model, StripeViews.TypeNameOf(model))
            : JsonValueConverter.ToPlain(element);
    }

    /// <summary>The envelope as a plain object (<c>object</c>, <c>has_more</c>, <c>url</c> as Stripe names them), its items read by <see cref="Read"/>.</summary>
    private static Dictionary<string, object?> Envelope(JsonElement element)
    {
        var envelope = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (JsonProperty property in element.EnumerateObject())
        {
            envelope[property.Name] = property.NameEquals("data"u8) && property.Value.ValueKind == JsonValueKind.Array
                ? property.Value.EnumerateArray().Select(Read).ToArray()
                : JsonValueConverter.ToPlain(property.Value);
        }

        return envelope;
    }

    private static object? Bind(JsonElement element, System.Text.Json.Serialization.Metadata.JsonTypeInfo typeInfo)
    {
        try
        {
            return element.Deserialize(typeInfo);
        }
        catch (JsonException)
        {
            // A body the model cannot hold (a field of another type than the 2020-08-27 description says) must not
            // lose a response Stripe already acted on: it is written as the plain object instead.
            return null;
        }
    }
}
