using System.Text;

namespace Polvo.Generator;

/// <summary>Indented C# text with LF line endings.</summary>
internal sealed class CodeWriter
{
    private readonly StringBuilder _text = new();
    private int _indent;

    public CodeWriter Line(string line = "")
    {
        if (line.Length > 0)
        {
            _text.Append(' ', _indent * 4).Append(line);
        }

        _text.Append('\n');
        return this;
    }

    public CodeWriter Open(string line)
    {
        Line(line);
        Line("{");
        _indent++;
        return this;
    }

    public CodeWriter Close(string suffix = "")
    {
        _indent--;
        if (_text.Length >= 2 && _text[^1] == '\n' && _text[^2] == '\n')
        {
            _text.Length--; // no blank line before a closing brace
        }

        return Line("}" + suffix);
    }

    /// <summary>Writes <c>/// &lt;summary&gt;</c> with the given prose, or a fallback when the description has none.</summary>
    public CodeWriter Summary(string? description, string fallback)
    {
        var lines = Naming.DocLines(description).ToList();
        if (lines.Count == 0)
        {
            lines = Naming.DocLines(fallback).ToList();
        }

        Line("/// <summary>");
        foreach (var line in lines)
        {
            Line("/// " + line);
        }

        return Line("/// </summary>");
    }

    public override string ToString() => _text.ToString();
}
