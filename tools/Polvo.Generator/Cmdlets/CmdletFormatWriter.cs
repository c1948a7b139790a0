using System.Text;
using System.Text.RegularExpressions;

namespace Polvo.Generator.Cmdlets;

/// <summary>
/// Writes the generated table views into their region of Formats/Polvo.Format.ps1xml (one file, so the module
/// loads one format file), and the CmdletsToExport list of Polvo.psd1 (hand-written cmdlets plus generated ones).
/// </summary>
internal static partial class CmdletFormatWriter
{
    private const string Begin = "    <!-- generated views: tools/Polvo.Generator/cmdlets.json (do not edit by hand) -->\n";
    private const string End = "    <!-- end of generated views -->\n";
    private const string CreatedScript = "$c = $_.Created; if ($c -is [DateTimeOffset]) { $c.LocalDateTime.ToString('yyyy-MM-dd HH:mm') } elseif ($c -is [long] -or $c -is [int]) { [DateTimeOffset]::FromUnixTimeSeconds($c).LocalDateTime.ToString('yyyy-MM-dd HH:mm') } else { $c }";

    /// <summary>The format file with its generated region replaced (added before the closing tag the first time).</summary>
    public static string Format(string current, IEnumerable<NounSpec> nouns)
    {
        var views = new StringBuilder(Begin);
        foreach (var noun in nouns.DistinctBy(n => n.Entity))
        {
            int total = noun.Columns[..^1].Sum(c => c.Width + 1);
            if (total > 79 - 16 || noun.Columns[^1].Width != 0 || noun.Columns[..^1].Any(c => c.Width == 0))
            {
                throw new InvalidOperationException($"cmdlets.json: the columns of {noun.Noun} leave under 16 of the 79 characters an 80-column console gives a table for the last column, or the last column has a width.");
            }

            views.Append($"    <View>\n      <Name>Polvo.Stripe.{noun.Entity}</Name>\n      <ViewSelectedBy>\n        <TypeName>Polvo.Stripe.{noun.Entity}</TypeName>\n      </ViewSelectedBy>\n      <TableControl>\n        <TableHeaders>\n");
            foreach (var column in noun.Columns)
            {
                views.Append($"          <TableColumnHeader><Label>{column.Name}</Label>{(column.Width > 0 ? $"<Width>{column.Width}</Width>" : string.Empty)}{(column.Right ? "<Alignment>Right</Alignment>" : string.Empty)}</TableColumnHeader>\n");
            }

            views.Append("        </TableHeaders>\n        <TableRowEntries>\n          <TableRowEntry>\n            <TableColumnItems>\n");
            foreach (var column in noun.Columns)
            {
                string? script = column.Script is { } own ? System.Security.SecurityElement.Escape(own) : column.Name == "Created" ? CreatedScript : null;
                views.Append(script is not null
                    ? $"              <TableColumnItem><ScriptBlock>{script}</ScriptBlock></TableColumnItem>\n"
                    : $"              <TableColumnItem><PropertyName>{column.Name}</PropertyName></TableColumnItem>\n");
            }

            views.Append("            </TableColumnItems>\n          </TableRowEntry>\n        </TableRowEntries>\n      </TableControl>\n    </View>\n");
        }

        views.Append(End);
        string text = current.Replace("\r\n", "\n", StringComparison.Ordinal);
        int begin = text.IndexOf(Begin, StringComparison.Ordinal);
        if (begin >= 0)
        {
            int end = text.IndexOf(End, begin, StringComparison.Ordinal) + End.Length;
            return text[..begin] + views + text[end..];
        }

        int close = text.LastIndexOf("  </ViewDefinitions>", StringComparison.Ordinal);
        return text[..close] + views + text[close..];
    }

    /// <summary>Polvo.psd1 with CmdletsToExport listing <paramref name="names"/>, sorted.</summary>
    public static string Manifest(string current, IEnumerable<string> names)
    {
        string list = "CmdletsToExport      = @(\n" + string.Join(",\n", names.Order(StringComparer.Ordinal).Select(n => $"        '{n}'")) + "\n    )";
        return CmdletsToExport().Replace(current.Replace("\r\n", "\n", StringComparison.Ordinal), list, 1);
    }

    /// <summary>The names of the hand-written cmdlets: the [Cmdlet] attributes of the .cs files outside the generated folder.</summary>
    public static IEnumerable<string> HandWritten(string cmdletFolder, string generatedFolder) =>
        Directory.GetFiles(cmdletFolder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !Path.GetFullPath(f).StartsWith(Path.GetFullPath(generatedFolder), StringComparison.Ordinal))
            .SelectMany(f => CmdletAttribute().Matches(File.ReadAllText(f)).Select(m => $"{m.Groups[1].Value}-{m.Groups[2].Value}"));

    [GeneratedRegex(@"CmdletsToExport\s*=\s*@\([^)]*\)")]
    private static partial Regex CmdletsToExport();

    [GeneratedRegex(@"\[Cmdlet\(Verbs\w+\.(\w+),\s*""(\w+)""")]
    private static partial Regex CmdletAttribute();
}
