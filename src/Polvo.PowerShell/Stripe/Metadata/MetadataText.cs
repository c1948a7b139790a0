using System.Collections;

namespace Polvo.PowerShell.Stripe.Metadata;

/// <summary>
/// Turns what a -Metadata parameter receives into a <see cref="Hashtable"/>, so a value that is not one still binds:
/// <list type="bullet">
/// <item>a dictionary, such as the <c>Dictionary&lt;string, string&gt;</c> a piped Polvo object carries (copied; a Hashtable passes unchanged);</item>
/// <item>a JSON object string, <c>{"tier":"gold","seats":5}</c> (a number or boolean becomes its text, null an empty value);</item>
/// <item><c>key=value;key2=value2</c> text, the form an Import-Csv cell holds (see <see cref="MetadataPairs"/> for its rules);</item>
/// <item>an empty or blank string: no metadata (an empty CSV cell).</item>
/// </list>
/// Any other value passes through unchanged, for the binder's own conversion and error.
/// </summary>
internal static class MetadataText
{
    /// <summary>The accepted forms, for error messages.</summary>
    public const string AcceptedForms =
        "Give -Metadata as a hashtable (@{ tier = 'gold' }), a JSON object ('{\"tier\":\"gold\"}') or key=value pairs separated by ';' " +
        "('tier=gold;seats=5', where \\; \\= and \\\\ stand for a literal ; = and \\, and an empty value removes the key).";

    /// <summary>Converts <paramref name="value"/> as described on the class.</summary>
    /// <exception cref="ArgumentException">A string is neither a JSON object nor key=value pairs (ParamName is Metadata).</exception>
    public static object? Transform(object? value) => value switch
    {
        Hashtable => value,
        IDictionary dictionary => Copy(dictionary),
        string text => Parse(text),
        _ => value,
    };

    /// <summary>Parses a JSON object or key=value pairs; null for a blank string.</summary>
    /// <exception cref="ArgumentException">The text is neither (ParamName is Metadata).</exception>
    public static Hashtable? Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return null;
        }

        return trimmed[0] == '{' ? MetadataJson.Parse(trimmed) : MetadataPairs.Parse(trimmed);
    }

    /// <summary>The error for malformed text: what is wrong, then the accepted forms.</summary>
    public static ArgumentException Invalid(string problem) => new($"-Metadata is not valid: {problem}. {AcceptedForms}", "Metadata");

    /// <summary>Adds one key, refusing an empty or repeated key.</summary>
    public static void Add(Hashtable result, string key, string value)
    {
        if (key.Length == 0)
        {
            throw Invalid("a key is empty; every key needs a name");
        }

        if (result.ContainsKey(key))
        {
            throw Invalid($"the key '{key}' appears twice");
        }

        result[key] = value;
    }

    private static Hashtable Copy(IDictionary dictionary)
    {
        var result = new Hashtable(StringComparer.Ordinal);
        foreach (DictionaryEntry entry in dictionary)
        {
            result[entry.Key] = entry.Value;
        }

        return result;
    }
}
