using System.Collections;
using System.Text;

namespace Polvo.PowerShell.Stripe.Metadata;

/// <summary>
/// Reads <c>key=value;key2=value2</c> metadata text. Rules: pairs are separated by <c>;</c> (empty pairs, as after a
/// trailing <c>;</c>, are skipped); the first <c>=</c> of a pair separates key from value, so a value may hold more
/// <c>=</c>; whitespace around keys and values is trimmed; <c>\;</c>, <c>\=</c> and <c>\\</c> stand for a literal
/// <c>;</c>, <c>=</c> and <c>\</c>, and any other backslash is kept as it is (so <c>C:\temp</c> needs no escaping);
/// an empty value (<c>tier=</c>) removes the key, as in Stripe; a pair without <c>=</c>, an empty key or a repeated
/// key is an error. <see cref="Format"/> writes the same form.
/// </summary>
internal static class MetadataPairs
{
    /// <summary>Parses <paramref name="text"/>.</summary>
    /// <exception cref="ArgumentException">The text breaks a rule (ParamName is Metadata).</exception>
    public static Hashtable Parse(string text)
    {
        var result = new Hashtable(StringComparer.Ordinal);
        var current = new StringBuilder();
        string? key = null;
        for (int i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == ';')
            {
                EndPair(result, key, current.ToString());
                key = null;
                current.Clear();
            }
            else if (text[i] == '\\' && i + 1 < text.Length && text[i + 1] is ';' or '=' or '\\')
            {
                current.Append(text[++i]);
            }
            else if (text[i] == '=' && key is null)
            {
                key = current.ToString();
                current.Clear();
            }
            else
            {
                current.Append(text[i]);
            }
        }

        return result;
    }

    /// <summary>Writes <paramref name="metadata"/> in the form <see cref="Parse"/> reads back (empty text for none).</summary>
    public static string Format(IEnumerable<KeyValuePair<string, string>> metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        var text = new StringBuilder();
        foreach (var (key, value) in metadata)
        {
            if (text.Length > 0)
            {
                text.Append(';');
            }

            AppendEscaped(text, key).Append('=');
            AppendEscaped(text, value);
        }

        return text.ToString();
    }

    private static StringBuilder AppendEscaped(StringBuilder text, string? part)
    {
        foreach (char c in part ?? string.Empty)
        {
            if (c is ';' or '=' or '\\')
            {
                text.Append('\\');
            }

            text.Append(c);
        }

        return text;
    }

    private static void EndPair(Hashtable result, string? key, string rest)
    {
        if (key is null)
        {
            if (rest.Trim().Length > 0)
            {
                throw MetadataText.Invalid($"'{rest.Trim()}' has no '=' between key and value");
            }

            return;
        }

        MetadataText.Add(result, key.Trim(), rest.Trim());
    }
}
