using System.Text.Json;

namespace Polvo.PowerShell.Stripe.Raw;

/// <summary>
/// Turns JSON into plain .NET values: objects into <see cref="Dictionary{TKey, TValue}"/> (ordinal keys, in order),
/// arrays into <c>object?[]</c>, integers into <see cref="long"/>, other numbers into <see cref="double"/>, strings,
/// booleans and null. The cmdlet layer wraps the dictionaries into PSCustomObjects.
/// </summary>
internal static class JsonValueConverter
{
    /// <summary>Converts <paramref name="element"/> and everything inside it.</summary>
    public static object? ToPlain(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().Aggregate(
            new Dictionary<string, object?>(StringComparer.Ordinal),
            (map, property) =>
            {
                map[property.Name] = ToPlain(property.Value);
                return map;
            }),
        JsonValueKind.Array => element.EnumerateArray().Select(ToPlain).ToArray(),
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.TryGetInt64(out long integer) ? integer : (object)element.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };
}
