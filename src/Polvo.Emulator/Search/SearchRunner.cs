using System.Text;
using Polvo.Emulator.Http;
using Polvo.Emulator.Lists;
using Polvo.Emulator.Store;

namespace Polvo.Emulator.Search;

/// <summary>Runs a search over a store: newest first, <c>limit</c> per page, <c>page</c> as an opaque cursor.</summary>
internal static class SearchRunner
{
    private const string TokenPrefix = "polvo:";

    public sealed record Page<T>(List<T> Items, string? NextPage, int TotalCount);

    public static Page<T> Run<T>(ParamReader r, ObjectStore<T> store, SearchFields<T> fields)
        where T : class, IStoredRecord
    {
        var text = r.String("query");
        if (string.IsNullOrWhiteSpace(text)) throw ApiErrors.MissingParameter("query");
        var limit = ListParams.ReadLimit(r);
        var before = DecodePage(r.String("page"));
        var predicate = SearchPredicate.Compile(SearchQuery.Parse(text), fields);
        r.ThrowIfUnknown();
        var items = new List<T>(limit + 1);
        var total = 0;
        store.Scan(long.MaxValue, record =>
        {
            if (!predicate(record)) return true;
            total++;
            if (items.Count <= limit && SortKey.Of(record) < before) items.Add(record);
            return true;
        });
        string? next = null;
        if (items.Count > limit)
        {
            items.RemoveAt(limit);
            next = EncodePage(SortKey.Of(items[^1]));
        }

        return new Page<T>(items, next, total);
    }

    private static string EncodePage(long key) => Convert.ToBase64String(Encoding.UTF8.GetBytes(TokenPrefix + key));

    private static long DecodePage(string? page)
    {
        if (string.IsNullOrEmpty(page)) return long.MaxValue;
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(page));
            if (text.StartsWith(TokenPrefix, StringComparison.Ordinal) && long.TryParse(text.AsSpan(TokenPrefix.Length), out var key)) return key;
        }
        catch (FormatException)
        {
        }

        throw ApiErrors.BadRequest("Invalid page: use the next_page value of a previous search result, unchanged.", "page");
    }
}
