using System.Text.Json;
using Polvo.Core.Tests.TestSupport;
using Polvo.Stripe;
using Polvo.Stripe.Errors;

namespace Polvo.Core.Tests.Stripe.Services;

/// <summary>The untyped service over real HTTP: any path and method, and auto-paging of any list or search.</summary>
public sealed class RawServiceTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>, IDisposable
{
    private readonly CapturedClient _captured = new(fixture.Emulator);

    private StripeClient Client => _captured.Client;

    public void Dispose() => _captured.Dispose();

    [Fact]
    public async Task SendAsync_PostWithNestedParameters_FormEncodesThemAsStripeExpects()
    {
        var email = Unique.Email("raw");

        var created = await Client.Raw.SendAsync(HttpMethod.Post, "/v1/customers", new Dictionary<string, object?>
        {
            ["email"] = email,
            ["balance"] = 1_250L,
            ["metadata"] = new Dictionary<string, string> { ["tier"] = "gold", ["note"] = "a&b=c d" },
            ["preferred_locales"] = new[] { "fr", "de" },
            ["address"] = new Dictionary<string, object?> { ["city"] = "Paris", ["country"] = "FR" },
        });

        Assert.Equal(email, created.GetProperty("email").GetString());
        Assert.Equal(1_250, created.GetProperty("balance").GetInt64());
        Assert.Equal("a&b=c d", created.GetProperty("metadata").GetProperty("note").GetString());
        Assert.Equal(["fr", "de"], created.GetProperty("preferred_locales").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("Paris", created.GetProperty("address").GetProperty("city").GetString());
    }

    [Fact]
    public async Task SendAsync_GetWithExpandAndPathWithoutSlash_ReturnsTheObject()
    {
        var customer = await NewCustomerAsync(Unique.Email("rawget"));
        var charge = await Client.Raw.SendAsync(HttpMethod.Post, "v1/charges", new Dictionary<string, object?>
        {
            ["amount"] = 999, ["currency"] = "usd", ["customer"] = customer, ["source"] = "tok_visa", ["capture"] = false,
        });
        var id = charge.GetProperty("id").GetString()!;

        var fetched = await Client.Raw.SendAsync(HttpMethod.Get, $"v1/charges/{id}", new Dictionary<string, object?> { ["expand"] = new[] { "customer" } });

        Assert.False(charge.GetProperty("captured").GetBoolean());
        Assert.Equal(JsonValueKind.Object, fetched.GetProperty("customer").ValueKind);
        Assert.Equal(customer, fetched.GetProperty("customer").GetProperty("id").GetString());
        Assert.Equal($"/v1/charges/{id}?expand[0]=customer", _captured.Capture.Exchanges[^1].PathAndQuery);
    }

    [Fact]
    public async Task SendAsync_PostEmptyMetadataValueThenDelete_UnsetsAndDeletes()
    {
        var id = await NewCustomerAsync(Unique.Email("rawdel"), new Dictionary<string, string> { ["a"] = "1", ["b"] = "2" });

        var updated = await Client.Raw.SendAsync(HttpMethod.Post, $"/v1/customers/{id}", new Dictionary<string, object?>
        {
            ["metadata"] = new Dictionary<string, string> { ["a"] = string.Empty },
        });
        var deleted = await Client.Raw.SendAsync(HttpMethod.Delete, $"/v1/customers/{id}");

        Assert.Equal(["b"], updated.GetProperty("metadata").EnumerateObject().Select(p => p.Name));
        Assert.True(deleted.GetProperty("deleted").GetBoolean());
        Assert.Equal(id, deleted.GetProperty("id").GetString());
        await Assert.ThrowsAsync<StripeNotFoundException>(() => Client.Raw.SendAsync(HttpMethod.Delete, $"/v1/customers/{id}"));
    }

    [Fact]
    public async Task ListAllAsync_List_FollowsStartingAfterAcrossPages()
    {
        var email = Unique.Email("rawlist");
        var ids = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            ids.Add(await NewCustomerAsync(email));
        }

        var items = await Client.Raw.ListAllAsync("/v1/customers", new Dictionary<string, object?> { ["email"] = email, ["limit"] = 2 }).ToListAsync();

        Assert.Equal(ids.AsEnumerable().Reverse(), items.Select(i => i.GetProperty("id").GetString()));
        var pages = _captured.Capture.Exchanges.Where(e => e.Method == "GET" && e.PathAndQuery.StartsWith("/v1/customers?", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, pages.Count);
        Assert.Contains($"starting_after={ids[3]}", pages[1].PathAndQuery);
        Assert.Contains($"starting_after={ids[1]}", pages[2].PathAndQuery);
    }

    [Fact]
    public async Task ListAllAsync_EndingBefore_PagesBackwardToTheNewest()
    {
        var email = Unique.Email("rawback");
        var ids = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            ids.Add(await NewCustomerAsync(email)); // oldest first
        }

        var items = await Client.Raw.ListAllAsync("/v1/customers", new Dictionary<string, object?> { ["email"] = email, ["limit"] = 2, ["ending_before"] = ids[0] }).ToListAsync();

        // Stripe sends each page newest first; the pages move toward newer objects, as the typed lists do.
        Assert.Equal([ids[2], ids[1], ids[4], ids[3]], items.Select(i => i.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task ListAllAsync_Search_FollowsNextPage()
    {
        var run = Unique.Marker();
        var ids = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            ids.Add(await NewCustomerAsync(Unique.Email("rawsearch"), new Dictionary<string, string> { ["run"] = run }));
        }

        var items = await Client.Raw.ListAllAsync("/v1/customers/search", new Dictionary<string, object?> { ["query"] = $"metadata[\"run\"]:\"{run}\"", ["limit"] = 2 }).ToListAsync();

        Assert.Equal(ids.AsEnumerable().Reverse(), items.Select(i => i.GetProperty("id").GetString()));
        Assert.Equal(3, _captured.Capture.Exchanges.Count(e => e.PathAndQuery.StartsWith("/v1/customers/search?", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task ListPagesAsync_List_RequestsEachPageOnlyWhenAsked()
    {
        var email = Unique.Email("rawpages");
        var ids = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            ids.Add(await NewCustomerAsync(email));
        }

        int Requests() => _captured.Capture.Exchanges.Count(e => e.Method == "GET" && e.PathAndQuery.StartsWith("/v1/customers?", StringComparison.Ordinal));
        await using var pages = Client.Raw.ListPagesAsync("/v1/customers", new Dictionary<string, object?> { ["email"] = email, ["limit"] = 2 }).GetAsyncEnumerator();

        Assert.True(await pages.MoveNextAsync());
        Assert.Equal([ids[4], ids[3]], pages.Current.Items.Select(i => i.GetProperty("id").GetString()));
        Assert.Equal(new KeyValuePair<string, string>("starting_after", ids[3]), pages.Current.NextCursor);
        Assert.Equal(1, Requests()); // no read-ahead while the consumer holds the first page
        Assert.True(await pages.MoveNextAsync());
        Assert.True(await pages.MoveNextAsync());
        Assert.Equal([ids[0]], pages.Current.Items.Select(i => i.GetProperty("id").GetString()));
        Assert.Null(pages.Current.NextCursor);
        Assert.False(await pages.MoveNextAsync());
        Assert.Equal(3, Requests());
    }

    [Fact]
    public void ListPagesAsync_AbsolutePath_ThrowsAtTheCall()
    {
        var error = Assert.Throws<ArgumentException>(() => Client.Raw.ListPagesAsync("https://evil.example/v1/customers"));

        Assert.Equal("path", error.ParamName);
    }

    [Fact]
    public async Task ListAllAsync_PathOfOneObject_ThrowsClearError()
    {
        var id = await NewCustomerAsync(Unique.Email("rawnotlist"));

        var error = await Assert.ThrowsAsync<StripeApiException>(() => Client.Raw.ListAllAsync($"/v1/customers/{id}").ToListAsync().AsTask());

        Assert.Contains("did not return a list", error.Message);
        Assert.Equal(Polvo.Stripe.Services.RawPage.NotAListCode, error.Code);
    }

    [Fact]
    public async Task ListAllAsync_ErrorFromTheServer_MapsLikeTypedCalls()
    {
        var error = await Assert.ThrowsAsync<StripeInvalidRequestException>(
            () => Client.Raw.ListAllAsync("/v1/charges", new Dictionary<string, object?> { ["limit"] = 1_000 }).ToListAsync().AsTask());

        Assert.Equal("limit", error.Param);
        Assert.Equal(_captured.Capture.LastRequestId, error.RequestId);
    }

    private async Task<string> NewCustomerAsync(string email, Dictionary<string, string>? metadata = null)
    {
        var created = await Client.Raw.SendAsync(HttpMethod.Post, "/v1/customers", new Dictionary<string, object?> { ["email"] = email, ["metadata"] = metadata });
        return created.GetProperty("id").GetString()!;
    }
}
