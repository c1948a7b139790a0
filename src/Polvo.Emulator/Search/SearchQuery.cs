using System.Text;
using Polvo.Emulator.Http;

namespace Polvo.Emulator.Search;

/// <summary>
/// Parses the part of Stripe's search query language users write most: clauses joined by <c>AND</c> or
/// <c>OR</c> (not both), each <c>[-]field OP value</c> with <c>field</c> possibly <c>metadata["key"]</c>.
/// </summary>
internal sealed class SearchQuery
{
    private const int MaxClauses = 10;
    private readonly string _text;
    private int _at;

    private SearchQuery(string text) => _text = text;

    public List<SearchClause> Clauses { get; } = [];

    public bool IsOr { get; private set; }

    public static SearchQuery Parse(string text)
    {
        var query = new SearchQuery(text);
        query.ParseAll();
        return query;
    }

    private void ParseAll()
    {
        string? joiner = null;
        SkipSpaces();
        Clauses.Add(ParseClause());
        while (true)
        {
            var spaced = SkipSpaces();
            if (_at >= _text.Length) break;
            if (!spaced) throw Invalid($"expected a space before position {_at}");
            var word = ReadWord();
            if (word is not ("AND" or "OR")) throw Invalid($"expected AND or OR at position {_at - word.Length}, found '{word}'");
            if (joiner is not null && joiner != word)
            {
                throw ApiErrors.BadRequest("Invalid search query: it mixes AND and OR, which Stripe's search does not support. Use only AND or only OR in one query.", "query");
            }

            joiner = word;
            SkipSpaces();
            Clauses.Add(ParseClause());
            if (Clauses.Count > MaxClauses) throw Invalid($"a query can have at most {MaxClauses} clauses");
        }

        IsOr = joiner == "OR";
    }

    private SearchClause ParseClause()
    {
        var negated = Peek() == '-';
        if (negated) _at++;
        var field = ReadWhile(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '.');
        if (field.Length == 0) throw Invalid($"expected a field name at position {_at}");
        string? key = null;
        if (field == "metadata")
        {
            if (Peek() != '[') throw Invalid("metadata needs a key, as in metadata[\"key\"]:\"value\"");
            _at++;
            key = ReadQuoted() ?? throw Invalid("a metadata key must be quoted, as in metadata[\"key\"]");
            if (Peek() != ']') throw Invalid("expected ']' after the metadata key");
            _at++;
        }

        var op = ReadOperator();
        var quoted = ReadQuoted();
        var value = quoted ?? ReadWhile(c => !char.IsWhiteSpace(c));
        if (value.Length == 0 && quoted is null) throw Invalid($"expected a value after '{field}{op}'");
        return new SearchClause(field, key, op, value, quoted is not null, negated);
    }

    private string ReadOperator()
    {
        foreach (var op in (ReadOnlySpan<string>)[">=", "<=", ":", "~", ">", "<"])
        {
            if (string.CompareOrdinal(_text, _at, op, 0, op.Length) == 0)
            {
                _at += op.Length;
                return op;
            }
        }

        throw Invalid($"expected an operator (:, ~, >, <, >=, <=) at position {_at}");
    }

    private string? ReadQuoted()
    {
        var quote = Peek();
        if (quote is not ('"' or '\'')) return null;
        _at++;
        var value = new StringBuilder();
        while (_at < _text.Length && _text[_at] != quote)
        {
            if (_text[_at] == '\\' && _at + 1 < _text.Length) _at++;
            value.Append(_text[_at++]);
        }

        if (_at >= _text.Length) throw Invalid("a quoted value is not closed");
        _at++;
        return value.ToString();
    }

    private string ReadWord() => ReadWhile(c => !char.IsWhiteSpace(c));

    private string ReadWhile(Func<char, bool> accept)
    {
        var start = _at;
        while (_at < _text.Length && accept(_text[_at])) _at++;
        return _text[start.._at];
    }

    private bool SkipSpaces()
    {
        var start = _at;
        while (_at < _text.Length && char.IsWhiteSpace(_text[_at])) _at++;
        return _at > start;
    }

    private char Peek() => _at < _text.Length ? _text[_at] : '\0';

    private static ApiException Invalid(string detail) =>
        ApiErrors.BadRequest($"Invalid search query: {detail}. See https://stripe.com/docs/search#search-query-language.", "query");
}
