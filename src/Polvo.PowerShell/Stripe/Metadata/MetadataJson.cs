using System.Collections;
using System.Text.Json;

namespace Polvo.PowerShell.Stripe.Metadata;

/// <summary>
/// Reads metadata given as a JSON object: string values as they are, a number or boolean as its JSON text, null as
/// an empty value (which removes the key at Stripe); a nested object or array is an error (metadata values are strings).
/// </summary>
internal static class MetadataJson
{
    /// <summary>Parses <paramref name="json"/>, which starts with <c>{</c> (so, once parsed, is an object).</summary>
    /// <exception cref="ArgumentException">Not a JSON object of plain values (ParamName is Metadata).</exception>
    public static Hashtable Parse(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException ex)
        {
            throw MetadataText.Invalid($"it starts with '{{' but is not valid JSON ({ex.Message})");
        }

        using (document)
        {
            var result = new Hashtable(StringComparer.Ordinal);
            foreach (JsonProperty property in document.RootElement.EnumerateObject())
            {
                MetadataText.Add(result, property.Name.Trim(), ValueOf(property));
            }

            return result;
        }
    }

    private static string ValueOf(JsonProperty property) => property.Value.ValueKind switch
    {
        JsonValueKind.String => property.Value.GetString()!,
        JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => property.Value.GetRawText(),
        JsonValueKind.Null => string.Empty,
        _ => throw MetadataText.Invalid($"the value of '{property.Name}' is a JSON {property.Value.ValueKind.ToString().ToLowerInvariant()}; metadata values are strings"),
    };
}
