using System.Collections;
using System.Globalization;

namespace Polvo.PowerShell.Stripe.Raw;

/// <summary>
/// Turns a -Body hashtable into request parameters: nested dictionaries into dictionaries, lists into lists,
/// PowerShell wrappers unwrapped (by the given function), keys as invariant strings.
/// </summary>
internal static class ParameterConverter
{
    /// <summary>Converts <paramref name="body"/>; null stays null.</summary>
    /// <param name="body">The hashtable.</param>
    /// <param name="unwrap">Returns the base object of a PowerShell wrapper (PSObject), otherwise the value itself.</param>
    public static IReadOnlyDictionary<string, object?>? ToParameters(IDictionary? body, Func<object?, object?> unwrap)
    {
        ArgumentNullException.ThrowIfNull(unwrap);
        return body is null ? null : ToDictionary(body, unwrap);
    }

    private static Dictionary<string, object?> ToDictionary(IDictionary map, Func<object?, object?> unwrap)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (DictionaryEntry entry in map)
        {
            string key = Convert.ToString(unwrap(entry.Key), CultureInfo.InvariantCulture) ?? string.Empty;
            if (string.IsNullOrWhiteSpace(key))
            {
                throw new ArgumentException("-Body has an empty key; name every parameter, such as @{ email = 'a@example.com' }.", "Body");
            }

            result[key] = ToValue(entry.Value, unwrap);
        }

        return result;
    }

    private static object? ToValue(object? value, Func<object?, object?> unwrap) => unwrap(value) switch
    {
        IDictionary map => ToDictionary(map, unwrap),
        string text => text,
        IEnumerable list => list.Cast<object?>().Select(v => ToValue(v, unwrap)).ToList(),
        var other => other,
    };
}
