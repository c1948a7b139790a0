using System.Net;
using Polvo.Emulator.Tests.Support;

namespace Polvo.Emulator.Tests.Search;

public class SearchEndpointsTests : EmulatorTest
{
    protected override bool UseFakeClock => true;

    private Task<ApiResponse> Search(string resource, string query, string extra = "") =>
        Client.GetAsync($"/v1/{resource}/search?query={Uri.EscapeDataString(query)}{extra}");

    [Fact]
    public async Task Customers_EmailClause_ReturnsSearchResult()
    {
        var match = await Client.CreateCustomerAsync(("email", "jenny@example.com"));
        await Client.CreateCustomerAsync(("email", "other@example.com"));

        var result = await Search("customers", "email:\"Jenny@Example.com\"");

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Equal("search_result", result.Str("object"));
        Assert.Equal("/v1/customers/search", result.Str("url"));
        Assert.Equal([match], result.DataIds);
        Assert.False(result.HasMore);
        Assert.Null(result.Str("next_page"));
        Assert.False(result.Json.TryGetProperty("total_count", out _), "total_count is sent only when expanded");
    }

    [Fact]
    public async Task Customers_ExpandTotalCount_CountsEveryMatch()
    {
        await Client.CreateCustomerAsync(("email", "counted@example.com"));
        await Client.CreateCustomerAsync(("email", "counted@example.com"));

        var result = await Search("customers", "email:\"counted@example.com\"", "&limit=1&expand[]=total_count");

        Assert.Single(result.DataIds);
        Assert.Equal(2, result.Json.GetProperty("total_count").GetInt32());
    }

    [Fact]
    public async Task Customers_MetadataAndName_AndJoinsClauses()
    {
        var both = await Client.CreateCustomerAsync(("name", "Ana"), ("metadata[tier]", "gold"));
        await Client.CreateCustomerAsync(("name", "Ana"), ("metadata[tier]", "silver"));
        await Client.CreateCustomerAsync(("name", "Bea"), ("metadata[tier]", "gold"));

        var result = await Search("customers", "name:'Ana' AND metadata['tier']:'gold'");

        Assert.Equal([both], result.DataIds);
    }

    [Fact]
    public async Task Customers_Or_ReturnsEither()
    {
        var a = await Client.CreateCustomerAsync(("email", "a@example.com"));
        var b = await Client.CreateCustomerAsync(("email", "b@example.com"));
        await Client.CreateCustomerAsync(("email", "c@example.com"));

        var result = await Search("customers", "email:\"a@example.com\" OR email:\"b@example.com\"");

        Assert.Equal([b, a], result.DataIds);
    }

    [Fact]
    public async Task Customers_Negation_ExcludesMatches()
    {
        var keep = await Client.CreateCustomerAsync(("metadata[tier]", "silver"));
        await Client.CreateCustomerAsync(("metadata[tier]", "gold"));

        var result = await Search("customers", "-metadata[\"tier\"]:\"gold\"");

        Assert.Equal([keep], result.DataIds);
    }

    [Fact]
    public async Task Customers_CreatedComparisons_FilterNumerically()
    {
        var start = Time.GetUtcNow().ToUnixTimeSeconds();
        var ids = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            ids.Add(await Client.CreateCustomerAsync());
            Time.Advance(TimeSpan.FromSeconds(10));
        }

        var gt = await Search("customers", $"created>{start + 10}");
        var gte = await Search("customers", $"created>={start + 10}");
        var lt = await Search("customers", $"created<{start + 10}");
        var lte = await Search("customers", $"created<={start + 10} AND created>{start}");

        Assert.Equal([ids[3], ids[2]], gt.DataIds);
        Assert.Equal([ids[3], ids[2], ids[1]], gte.DataIds);
        Assert.Equal([ids[0]], lt.DataIds);
        Assert.Equal([ids[1]], lte.DataIds);
    }

    [Fact]
    public async Task Customers_SubstringOperator_MatchesInside()
    {
        var match = await Client.CreateCustomerAsync(("name", "Margaret Hamilton"));
        await Client.CreateCustomerAsync(("name", "Grace Hopper"));

        var result = await Search("customers", "name~\"hamil\"");

        Assert.Equal([match], result.DataIds);
    }

    [Fact]
    public async Task Charges_AmountCurrencyStatusCustomer_Filter()
    {
        var customer = await Client.CreateCustomerAsync();
        var big = (await Client.PostAsync("/v1/charges", ("amount", "5000"), ("currency", "usd"), ("customer", customer))).Id;
        await Client.PostAsync("/v1/charges", ("amount", "100"), ("currency", "usd"), ("customer", customer));
        await Client.PostAsync("/v1/charges", ("amount", "9000"), ("currency", "eur"), ("source", "tok_visa"));
        await Client.PostAsync("/v1/charges", ("amount", "9000"), ("currency", "usd"), ("source", "tok_chargeDeclined"));

        var result = await Search("charges", $"amount>=1000 AND currency:\"usd\" AND status:\"succeeded\" AND customer:\"{customer}\"");
        var failed = await Search("charges", "status:\"failed\"");

        Assert.Equal([big], result.DataIds);
        Assert.Single(failed.DataIds);
        Assert.Equal("/v1/charges/search", result.Str("url"));
    }

    [Fact]
    public async Task Charges_ExpandDataCustomer_EmbedsCustomers()
    {
        var customer = await Client.CreateCustomerAsync(("name", "Zed"));
        await Client.PostAsync("/v1/charges", ("amount", "100"), ("currency", "usd"), ("customer", customer), ("metadata[order]", "7"));

        var result = await Search("charges", "metadata[\"order\"]:\"7\"", "&expand[]=data.customer");

        Assert.Equal("Zed", result.Json.GetProperty("data")[0].GetProperty("customer").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Search_NextPage_PagesWithoutLossOrDuplicates()
    {
        var ids = new HashSet<string>();
        for (var i = 0; i < 25; i++) ids.Add(await Client.CreateCustomerAsync(("metadata[batch]", "x")));
        await Client.CreateCustomerAsync(("metadata[batch]", "y"));

        var seen = new List<string>();
        string? page = null;
        var pages = 0;
        do
        {
            var result = await Search("customers", "metadata[\"batch\"]:\"x\"", "&limit=10&expand[]=total_count" + (page is null ? "" : $"&page={Uri.EscapeDataString(page)}"));
            Assert.Equal(25, result.Json.GetProperty("total_count").GetInt32());
            Assert.Equal(result.HasMore, result.Str("next_page") is not null);
            seen.AddRange(result.DataIds);
            page = result.Str("next_page");
            pages++;
        }
        while (page is not null);

        Assert.Equal(3, pages);
        Assert.Equal(25, seen.Distinct().Count());
        Assert.True(ids.SetEquals(seen));
    }

    [Theory]
    [InlineData("email:\"a@b.c\" AND name:\"x\" OR name:\"y\"", "mixes AND and OR")]
    [InlineData("colour:\"red\"", "Field 'colour' is an unsupported search field for resource customers")]
    [InlineData("email>5", "applies only to numeric fields")]
    [InlineData("created>yesterday", "is not a number")]
    [InlineData("email:\"unterminated", "not closed")]
    [InlineData("email", "expected an operator")]
    [InlineData("name~\"ab\"", "at least 3 characters")]
    public async Task Customers_BadQuery_Returns400OnQuery(string query, string message)
    {
        var result = await Search("customers", query);

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Equal("query", result.Error.GetProperty("param").GetString());
        Assert.Contains(message, result.Error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_MissingQuery_Returns400()
    {
        var result = await Client.GetAsync("/v1/charges/search");

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Equal("Missing required param: query.", result.Error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Search_BadPageToken_Returns400OnPage()
    {
        var result = await Search("customers", "name:\"x\"", "&page=garbage");

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Equal("page", result.Error.GetProperty("param").GetString());
    }
}
