using System.Text.RegularExpressions;

namespace Polvo.PowerShell.Tests.Contract;

/// <summary>Reads the few shapes Polvo.psd1 uses (there is no PowerShell here to import it).</summary>
internal static partial class Psd1
{
    public static bool HasKey(string text, string key) => KeyPattern(key).IsMatch(text);

    public static string? Scalar(string text, string key) =>
        new Regex($@"^\s*{key}\s*=\s*'([^']*)'", RegexOptions.Multiline).Match(text) is { Success: true } m ? m.Groups[1].Value : null;

    public static IReadOnlyList<string>? Array(string text, string key)
    {
        Match m = new Regex($@"^\s*{key}\s*=\s*@\(([^)]*)\)", RegexOptions.Multiline).Match(text);
        return m.Success ? Quoted().Matches(m.Groups[1].Value).Select(q => q.Groups[1].Value).ToList() : null;
    }

    private static Regex KeyPattern(string key) => new($@"^\s*{key}\s*=", RegexOptions.Multiline);

    [GeneratedRegex("'([^']*)'")]
    private static partial Regex Quoted();
}
