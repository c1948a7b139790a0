using System.Globalization;
using Polvo.Emulator.Http;

namespace Polvo.Emulator.Search;

/// <summary>Turns a parsed query into a test on records, checking every field and operator first.</summary>
internal static class SearchPredicate
{
    public static Func<T, bool> Compile<T>(SearchQuery query, SearchFields<T> fields)
    {
        var tests = query.Clauses.Select(clause => Compile(clause, fields)).ToArray();
        return query.IsOr
            ? record => Array.Exists(tests, test => test(record))
            : record => Array.TrueForAll(tests, test => test(record));
    }

    private static Func<T, bool> Compile<T>(SearchClause clause, SearchFields<T> fields)
    {
        var test = clause.MetadataKey is { } key ? Metadata(clause, key, fields) : Field(clause, fields);
        return clause.Negated ? record => !test(record) : test;
    }

    private static Func<T, bool> Metadata<T>(SearchClause clause, string key, SearchFields<T> fields)
    {
        RequireTextOperator(clause);
        return record => Match(Objects.Metadata.Get(fields.Metadata(record), key), clause, exact: true);
    }

    private static Func<T, bool> Field<T>(SearchClause clause, SearchFields<T> fields)
    {
        if (!fields.Fields.TryGetValue(clause.Field, out var field))
        {
            throw ApiErrors.BadRequest(
                $"Field '{ApiErrors.Shorten(clause.Field)}' is an unsupported search field for resource {fields.Resource}. Supported fields: {string.Join(", ", fields.Fields.Keys)}, metadata[\"key\"].",
                "query");
        }

        if (field.Kind == SearchFieldKind.Number) return Numeric(clause, field.Number!);
        RequireTextOperator(clause);
        var exact = field.Kind == SearchFieldKind.Token;
        return record => Match(field.Text!(record), clause, exact);
    }

    private static Func<T, bool> Numeric<T>(SearchClause clause, Func<T, long> read)
    {
        if (clause.Operator == "~") throw ApiErrors.BadRequest($"Invalid search query: '~' (substring) does not apply to the numeric field '{clause.Field}'.", "query");
        if (!long.TryParse(clause.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            throw ApiErrors.BadRequest($"Invalid search query: '{ApiErrors.Shorten(clause.Value)}' is not a number, but '{clause.Field}' is a numeric field.", "query");
        }

        return clause.Operator switch
        {
            ">" => r => read(r) > number,
            "<" => r => read(r) < number,
            ">=" => r => read(r) >= number,
            "<=" => r => read(r) <= number,
            _ => r => read(r) == number,
        };
    }

    private static void RequireTextOperator(SearchClause clause)
    {
        if (clause.Operator is not (":" or "~"))
        {
            throw ApiErrors.BadRequest($"Invalid search query: '{clause.Operator}' applies only to numeric fields such as created or amount, not to '{clause.Field}'.", "query");
        }

        if (clause.Operator == "~" && clause.Value.Length < 3)
        {
            throw ApiErrors.BadRequest("Invalid search query: a substring match (~) needs at least 3 characters.", "query");
        }
    }

    private static bool Match(string? actual, SearchClause clause, bool exact)
    {
        if (!clause.Quoted && clause.Value == "null") return actual is null;
        if (actual is null) return false;
        if (clause.Operator == "~") return actual.Contains(clause.Value, StringComparison.OrdinalIgnoreCase);
        return string.Equals(actual, clause.Value, exact ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase);
    }
}
