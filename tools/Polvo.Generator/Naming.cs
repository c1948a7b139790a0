using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Polvo.Generator;

/// <summary>C# names and documentation text from the description's snake_case names and prose.</summary>
internal static partial class Naming
{
    private static readonly HashSet<string> Keywords =
    [
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const", "continue",
        "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern", "false", "finally",
        "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface", "internal", "is", "lock",
        "long", "namespace", "new", "null", "object", "operator", "out", "override", "params", "private", "protected",
        "public", "readonly", "ref", "return", "sbyte", "sealed", "short", "sizeof", "stackalloc", "static", "string",
        "struct", "switch", "this", "throw", "true", "try", "typeof", "uint", "ulong", "unchecked", "unsafe", "ushort",
        "using", "virtual", "void", "volatile", "while",
    ];

    /// <summary><c>payment_intent.succeeded</c> to <c>PaymentIntentSucceeded</c>; a leading digit gets an <c>N</c>.</summary>
    public static string Pascal(string name)
    {
        var builder = new StringBuilder();
        foreach (var part in NonIdentifier().Split(name))
        {
            if (part.Length > 0)
            {
                builder.Append(char.ToUpperInvariant(part[0])).Append(part.AsSpan(1));
            }
        }

        if (builder.Length == 0)
        {
            return "Empty";
        }

        return char.IsDigit(builder[0]) ? "N" + builder : builder.ToString();
    }

    /// <summary>A camelCase parameter name, escaped with <c>@</c> when it is a keyword.</summary>
    public static string Camel(string name)
    {
        var pascal = Pascal(name);
        var camel = char.ToLowerInvariant(pascal[0]) + pascal[1..];
        return Keywords.Contains(camel) ? "@" + camel : camel;
    }

    /// <summary>The singular of an English plural as Stripe's paths use them (<c>tax_ids</c>, <c>entries</c>, <c>people</c>).</summary>
    public static string Singular(string word)
    {
        if (word.EndsWith("people", StringComparison.Ordinal))
        {
            return word[..^6] + "person";
        }

        if (word.EndsWith("ies", StringComparison.Ordinal))
        {
            return word[..^3] + "y";
        }

        if (word.EndsWith("sses", StringComparison.Ordinal) || word.EndsWith("xes", StringComparison.Ordinal) || word.EndsWith("ches", StringComparison.Ordinal))
        {
            return word[..^2];
        }

        if (word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal))
        {
            return word[..^1];
        }

        return word;
    }

    /// <summary>Plain prose for an XML doc comment: HTML tags dropped, entities and XML characters escaped, one line per line.</summary>
    public static IEnumerable<string> DocLines(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var plain = System.Net.WebUtility.HtmlDecode(HtmlTag().Replace(text, string.Empty));
        var escaped = plain.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
        return escaped.Split('\n').Select(l => l.TrimEnd()).Where(l => l.Length > 0);
    }

    public static string Literal(string value)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in value)
        {
            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                _ when c < ' ' => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return builder.Append('"').ToString();
    }

    [GeneratedRegex("[^A-Za-z0-9]+")]
    private static partial Regex NonIdentifier();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex HtmlTag();
}
