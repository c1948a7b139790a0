using System.Collections;
using System.Globalization;

namespace Polvo.PowerShell.Stripe.Resources;

/// <summary>
/// The fields a generated cmdlet sends, by Stripe name (list filters, or a write's typed parameters plus -Body), as
/// the generated glue moves them onto a typed options class: each <c>Try...</c> takes a field whose value has the
/// property's type (one the user did not give is absent and sets nothing), and <see cref="Rest"/> is what is left for
/// <c>ExtraParameters</c> (-Body fields and values of any other shape), so exactly the given fields are sent.
/// </summary>
internal sealed class ResourceFields
{
    private readonly Dictionary<string, object?> _fields;

    /// <summary>Copies <paramref name="fields"/>; null values count as not given.</summary>
    public ResourceFields(IEnumerable<KeyValuePair<string, object?>>? fields)
    {
        _fields = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (name, value) in fields ?? [])
        {
            if (value is not null)
            {
                _fields[name] = value;
            }
        }
    }

    /// <summary>Takes a text field.</summary>
    public bool TryString(string name, out string? value) => Take(name, out value, static raw => raw as string);

    /// <summary>Takes a whole number.</summary>
    public bool TryLong(string name, out long? value) => Take(name, out value, static raw => raw switch
    {
        long number => number,
        int number => number,
        short number => number,
        byte number => number,
        uint number => number,
        _ => (long?)null,
    });

    /// <summary>Takes a decimal number (a tax rate's percentage, a coupon's percent_off); whole numbers count too.</summary>
    public bool TryDecimal(string name, out decimal? value) => Take(name, out value, static raw => raw switch
    {
        decimal number => number,
        long number => number,
        int number => number,
        _ => (decimal?)null,
    });

    /// <summary>Takes a boolean.</summary>
    public bool TryBool(string name, out bool? value) => Take(name, out value, static raw => raw as bool?);

    /// <summary>Takes a time (sent as Unix seconds either way).</summary>
    public bool TryTime(string name, out DateTimeOffset? value) => Take(name, out value, static raw => raw switch
    {
        DateTimeOffset time => time,
        DateTime time => new DateTimeOffset(time.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(time, DateTimeKind.Utc) : time),
        _ => (DateTimeOffset?)null,
    });

    /// <summary>Takes a list of texts.</summary>
    public bool TryStrings(string name, out List<string>? value) => Take(name, out value, static raw =>
        raw is IEnumerable list and not string && list.Cast<object?>().ToList() is var items && items.All(i => i is string) ? items.Cast<string>().ToList() : null);

    /// <summary>
    /// Takes a map of texts (metadata): a value that is a text, number or boolean is sent as the form encoder would
    /// send it (an empty text clears that key); a map holding anything nested stays in <see cref="Rest"/>.
    /// </summary>
    public bool TryMap(string name, out Dictionary<string, string?>? value) => Take(name, out value, static raw =>
    {
        if (raw is not IDictionary map)
        {
            return null;
        }

        var result = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (DictionaryEntry entry in map)
        {
            string? text = entry.Value switch
            {
                null => null,
                string s => s,
                bool flag => flag ? "true" : "false",
                IFormattable formattable and not DateTime and not DateTimeOffset and not Enum => formattable.ToString(null, CultureInfo.InvariantCulture),
                _ => "\0",
            };
            if (text == "\0")
            {
                return null;
            }

            result[Convert.ToString(entry.Key, CultureInfo.InvariantCulture)!] = text;
        }

        return result;
    });

    /// <summary>The fields not taken, for <c>ExtraParameters</c> (null when none are left).</summary>
    public Dictionary<string, object?>? Rest() => _fields.Count == 0 ? null : new Dictionary<string, object?>(_fields, StringComparer.Ordinal);

    private bool Take<T>(string name, out T? value, Func<object, T?> convert)
    {
        value = default;
        if (!_fields.TryGetValue(name, out var raw) || raw is null || convert(raw) is not { } converted)
        {
            return false;
        }

        _fields.Remove(name);
        value = converted;
        return true;
    }
}
