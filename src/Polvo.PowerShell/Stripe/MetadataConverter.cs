using System.Collections;
using System.Globalization;

namespace Polvo.PowerShell.Stripe;

/// <summary>Turns a -Metadata hashtable (or any dictionary, such as an object's Metadata) into Stripe's string map.</summary>
internal static class MetadataConverter
{
    /// <summary>Keys and values as invariant strings; a null value becomes "" (which removes the key at Stripe); null for none.</summary>
    /// <exception cref="ArgumentException">A key is empty.</exception>
    public static Dictionary<string, string?>? ToStripe(IDictionary? metadata)
    {
        if (metadata is null || metadata.Count == 0)
        {
            return null;
        }

        var result = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (DictionaryEntry entry in metadata)
        {
            string key = Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? string.Empty;
            if (string.IsNullOrWhiteSpace(key))
            {
                throw new ArgumentException("-Metadata has an empty key; every key needs a name, such as @{ tier = 'gold' }.", "Metadata");
            }

            result[key] = Convert.ToString(Unwrap(entry.Value), CultureInfo.InvariantCulture) ?? string.Empty;
        }

        return result;
    }

    private static object? Unwrap(object? value) =>
        value is not null && value.GetType().FullName == "System.Management.Automation.PSObject"
            ? value.GetType().GetProperty("BaseObject")?.GetValue(value)
            : value;
}
