using System.Management.Automation;

namespace Polvo.PowerShell.Cmdlets.Completion;

/// <summary>Turns candidate values into completion results, as PowerShell's own completers do.</summary>
internal static class CompletionText
{
    /// <summary>The candidates that start with <paramref name="wordToComplete"/> (quotes ignored, case-insensitive).</summary>
    public static IEnumerable<CompletionResult> Matching(IEnumerable<string> candidates, string? wordToComplete, string description)
    {
        string typed = Unquote(wordToComplete);
        return candidates
            .Where(c => c.StartsWith(typed, StringComparison.OrdinalIgnoreCase))
            .Select(c => new CompletionResult(c, c, CompletionResultType.ParameterValue, $"{c} ({description})"));
    }

    /// <summary>What was typed without its opening or closing quotes.</summary>
    public static string Unquote(string? word) => (word ?? string.Empty).Trim('\'', '"');
}
