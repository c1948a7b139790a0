using System.Collections;
using System.Management.Automation;
using System.Text.Json;

namespace Polvo.PowerShell.Stripe.Shipping;

/// <summary>
/// Turns what can reach -Shipping into a hashtable: a hashtable as it is; a JSON object string (an empty string, an
/// empty CSV cell, is no shipping); any other object by its properties (a PSCustomObject, the Shipping of a Polvo
/// object), nested objects likewise, null properties left out. <see cref="ShippingParameter"/> then checks the fields.
/// </summary>
internal static class ShippingValue
{
    /// <summary>The hashtable for <paramref name="value"/>, or null for null or an empty string.</summary>
    /// <exception cref="ArgumentException">A string that is not a JSON object (ParamName is Shipping).</exception>
    public static Hashtable? ToHashtable(object? value) => Unwrap(value) switch
    {
        null => null,
        Hashtable table => table,
        IDictionary map => Copy(map),
        string text when string.IsNullOrWhiteSpace(text) => null,
        string text => FromJson(text),
        var other => FromProperties(PSObject.AsPSObject(other)),
    };

    private static Hashtable Copy(IDictionary map)
    {
        var table = new Hashtable(StringComparer.OrdinalIgnoreCase);
        foreach (DictionaryEntry entry in map)
        {
            table[entry.Key] = entry.Value;
        }

        return table;
    }

    private static Hashtable FromProperties(PSObject value)
    {
        var table = new Hashtable(StringComparer.OrdinalIgnoreCase);
        foreach (var property in value.Properties.Where(p => p.IsGettable && p.Name != "ExtensionData"))
        {
            object? inner = Unwrap(property.Value);
            if (inner is not null)
            {
                table[property.Name] = inner is string or ValueType or IDictionary ? inner : FromProperties(PSObject.AsPSObject(inner));
            }
        }

        return table;
    }

    private static Hashtable FromJson(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.ValueKind == JsonValueKind.Object
                ? FromJson(document.RootElement)
                : throw new ArgumentException("-Shipping text must be a JSON object such as {\"name\":\"Jo\",\"address\":{\"line1\":\"1 Main St\"}}.", "Shipping");
        }
        catch (JsonException ex)
        {
            throw new ArgumentException($"-Shipping text is not valid JSON ({ex.Message}); give a hashtable or a JSON object.", "Shipping", ex);
        }
    }

    private static Hashtable FromJson(JsonElement element)
    {
        var table = new Hashtable(StringComparer.OrdinalIgnoreCase);
        foreach (JsonProperty property in element.EnumerateObject().Where(p => p.Value.ValueKind != JsonValueKind.Null))
        {
            table[property.Name] = property.Value.ValueKind switch
            {
                JsonValueKind.Object => FromJson(property.Value),
                JsonValueKind.String => property.Value.GetString(),
                _ => property.Value.GetRawText(),
            };
        }

        return table;
    }

    private static object? Unwrap(object? value) => value is PSObject { BaseObject: not PSCustomObject } wrapped ? wrapped.BaseObject : value;
}
