using System.Collections;
using System.Globalization;
using System.Management.Automation;
using System.Numerics;

namespace Polvo.PowerShell.Parameters;

/// <summary>
/// Turns a <c>-Body</c> hashtable (Invoke-PolvoStripeRequest's, and any cmdlet's that takes raw API parameters) into
/// the values Polvo.Core's <c>FormEncoder</c> encodes exactly: hashtables, ordered dictionaries, <c>[pscustomobject]</c>s
/// (ConvertFrom-Json output included) become nested dictionaries at any depth, arrays and lists become lists,
/// <c>[switch]</c> and <c>[bool]</c> become <see langword="bool"/> (sent as <c>true</c>/<c>false</c>), numbers, strings,
/// dates and enums pass through. Any other value (a Polvo object too: give its <c>.Id</c>) is an error naming its key
/// (<c>metadata[a]</c>), because the encoder would otherwise send its type name or an empty string, and Stripe
/// reads <c>metadata=</c> as "clear all metadata".
/// </summary>
internal static class FormBody
{
    /// <summary>Deeper nesting than this is refused (a hashtable that contains itself would never end).</summary>
    private const int MaxDepth = 32;

    /// <summary>Converts <paramref name="body"/>; null stays null.</summary>
    /// <param name="body">The hashtable or other dictionary the user gave.</param>
    /// <param name="parameterName">The parameter it came from, without the dash, for error messages (such as <c>Body</c>).</param>
    /// <returns>The parameters, in the dictionary's order.</returns>
    /// <exception cref="ArgumentException">A key is empty or a value cannot be sent; the message names the key and the parameter.</exception>
    public static IReadOnlyDictionary<string, object?>? ToParameters(IDictionary? body, string parameterName = "Body")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(parameterName);
        return body is null ? null : FromEntries(Entries(body), null, parameterName, 0);
    }

    private static IEnumerable<(object? Key, object? Value)> Entries(IDictionary map)
    {
        foreach (DictionaryEntry entry in map)
        {
            yield return (entry.Key, entry.Value);
        }
    }

    private static IEnumerable<(object? Key, object? Value)> Entries(PSObject customObject) =>
        customObject.Properties.Select(p => ((object?)p.Name, (object?)p.Value));

    private static Dictionary<string, object?> FromEntries(IEnumerable<(object? Key, object? Value)> entries, string? path, string parameterName, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new ArgumentException(
                $"-{parameterName} is nested more than {MaxDepth} levels deep at '{path}'; does a hashtable contain itself? Give the parameters as plain nested hashtables.",
                parameterName);
        }

        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (rawKey, value) in entries)
        {
            var key = Convert.ToString(Unwrap(rawKey), CultureInfo.InvariantCulture);
            if (string.IsNullOrWhiteSpace(key))
            {
                throw new ArgumentException(
                    $"-{parameterName} has an empty key{(path is null ? string.Empty : $" inside '{path}'")}; name every parameter, such as @{{ email = 'a@example.com' }}.",
                    parameterName);
            }

            var keyPath = path is null ? key : $"{path}[{key}]";
            result[key] = ToValue(value, keyPath, parameterName, depth + 1);
        }

        return result;
    }

    private static object? ToValue(object? value, string path, string parameterName, int depth)
    {
        if (value is PSObject { BaseObject: PSCustomObject } customObject)
        {
            return FromEntries(Entries(customObject), path, parameterName, depth);
        }

        var raw = Unwrap(value);
        return raw switch
        {
            null => null,
            string text => text,
            char character => character.ToString(),
            bool flag => flag,
            SwitchParameter flag => flag.IsPresent,
            sbyte or byte or short or ushort or int or uint or long or ulong or float or double or decimal or BigInteger => raw,
            DateTime or DateTimeOffset or Enum => raw,
            Guid or Uri => raw.ToString(),
            IDictionary map => FromEntries(Entries(map), path, parameterName, depth),
            IEnumerable list => FromList(list, path, parameterName, depth),
            _ => throw new ArgumentException(
                $"-{parameterName} cannot send the value of '{path}': it is a {raw.GetType().FullName}, which has no form-parameter encoding. " +
                "Give a string, number, $true/$false, date, hashtable, [pscustomobject] or array, or convert it first (for example \"$value\" or $value.Id).",
                parameterName),
        };
    }

    private static List<object?> FromList(IEnumerable list, string path, string parameterName, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new ArgumentException($"-{parameterName} is nested more than {MaxDepth} levels deep at '{path}'; does an array contain itself?", parameterName);
        }

        var items = new List<object?>();
        foreach (var item in list)
        {
            items.Add(ToValue(item, $"{path}[{items.Count}]", parameterName, depth + 1));
        }

        return items;
    }

    private static object? Unwrap(object? value) => value is PSObject wrapped ? wrapped.BaseObject : value;
}
