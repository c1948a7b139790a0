using Polvo.Emulator.Http;
using Polvo.Emulator.Search;

namespace Polvo.Emulator.Tests.Search;

public class SearchQueryTests
{
    [Fact]
    public void Parse_MixedClauses_ReadsFieldsOperatorsAndValues()
    {
        var query = SearchQuery.Parse("-metadata['k']:'v w' AND amount>=100 AND email:\"a@b.c\"");

        Assert.False(query.IsOr);
        Assert.Equal(3, query.Clauses.Count);
        Assert.Equal(new SearchClause("metadata", "k", ":", "v w", true, true), query.Clauses[0]);
        Assert.Equal(new SearchClause("amount", null, ">=", "100", false, false), query.Clauses[1]);
        Assert.Equal(new SearchClause("email", null, ":", "a@b.c", true, false), query.Clauses[2]);
    }

    [Fact]
    public void Parse_Or_SetsIsOr()
    {
        Assert.True(SearchQuery.Parse("name:'a' OR name:'b'").IsOr);
    }

    [Fact]
    public void Parse_EscapedQuote_KeepsIt()
    {
        var query = SearchQuery.Parse("name:'O\\'Brien'");

        Assert.Equal("O'Brien", query.Clauses[0].Value);
    }

    [Fact]
    public void Parse_ElevenClauses_Throws()
    {
        var text = string.Join(" AND ", Enumerable.Range(0, 11).Select(i => $"amount>{i}"));

        var error = Assert.Throws<ApiException>(() => SearchQuery.Parse(text));

        Assert.Contains("at most 10 clauses", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ClausesWithoutSpace_Throws()
    {
        Assert.Throws<ApiException>(() => SearchQuery.Parse("name:'a'AND name:'b'"));
    }
}
