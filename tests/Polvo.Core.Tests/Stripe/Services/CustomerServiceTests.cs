using Polvo.Core.Tests.TestSupport;
using Polvo.Stripe;
using Polvo.Stripe.Entities;
using Polvo.Stripe.Errors;
using Polvo.Stripe.Services;

namespace Polvo.Core.Tests.Stripe.Services;

/// <summary>The typed customer service, over real loopback HTTP against the emulator.</summary>
public sealed class CustomerServiceTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>, IDisposable
{
    private readonly StripeClient _client = fixture.CreateClient();

    public void Dispose() => _client.Dispose();

    [Fact]
    public async Task CreateAsync_EveryField_EmulatorStoresAndReturnsThem()
    {
        var email = Unique.Email("create");

        var created = await _client.Customers.CreateAsync(new CustomerCreateOptions
        {
            Email = email,
            Name = "Jenny Rosen",
            Phone = "+15555550100",
            Description = "first customer",
            Balance = -250,
            Address = new AddressOptions { Line1 = "1 Main St", City = "Lisbon", Country = "PT", PostalCode = "1000-001" },
            Shipping = new ShippingOptions { Name = "Jenny", Address = new AddressOptions { Line1 = "2 Side St", Country = "PT" } },
            PreferredLocales = ["pt", "en"],
            TaxExempt = Customer.TaxExemptValues.Reverse,
            Metadata = new() { ["tier"] = "gold", ["run"] = "a b&c=d" },
        });

        Assert.StartsWith("cus_", created.Id);
        Assert.Equal("customer", created.Object);
        Assert.Equal(email, created.Email);
        Assert.Equal("Jenny Rosen", created.Name);
        Assert.Equal("+15555550100", created.Phone);
        Assert.Equal(-250, created.Balance);
        Assert.Equal("Lisbon", created.Address?.City);
        Assert.Equal("1000-001", created.Address?.PostalCode);
        Assert.Equal("2 Side St", created.Shipping?.Address?.Line1);
        Assert.Equal(["pt", "en"], created.PreferredLocales);
        Assert.Equal("reverse", created.TaxExempt);
        Assert.Equal(new Dictionary<string, string> { ["tier"] = "gold", ["run"] = "a b&c=d" }, created.Metadata);
        Assert.False(created.Livemode);
        Assert.Equal(fixture.Clock.GetUtcNow().ToUnixTimeSeconds(), created.Created.ToUnixTimeSeconds());
    }

    [Fact]
    public async Task GetAsync_CreatedCustomer_ReturnsTheSameCustomer()
    {
        var created = await _client.Customers.CreateAsync(new CustomerCreateOptions { Email = Unique.Email("get"), Name = "Ada" });

        var fetched = await _client.Customers.GetAsync(created.Id);

        Assert.Equal(created.Id, fetched.Id);
        Assert.Equal(created.Email, fetched.Email);
        Assert.Equal("Ada", fetched.Name);
        Assert.Null(fetched.Deleted);
    }

    [Fact]
    public async Task GetAsync_ExpandDefaultSource_SendsExpandAndDecodes()
    {
        var created = await _client.Customers.CreateAsync(new CustomerCreateOptions { Email = Unique.Email("expand") });

        var fetched = await _client.Customers.GetAsync(created.Id, new CustomerGetOptions { Expand = ["default_source", "test_clock"] });

        Assert.Equal(created.Id, fetched.Id);
        Assert.Null(fetched.DefaultSource);
        var logged = fixture.Emulator.Requests.Snapshot().Last(r => r.Path == $"/v1/customers/{created.Id}");
        Assert.Equal("?expand[0]=default_source&expand[1]=test_clock", logged.QueryString);
    }

    [Fact]
    public async Task GetAsync_ExpandUnknownField_ThrowsInvalidRequestNamingExpand()
    {
        var created = await _client.Customers.CreateAsync(new CustomerCreateOptions { Email = Unique.Email("badexpand") });

        var error = await Assert.ThrowsAsync<StripeInvalidRequestException>(
            () => _client.Customers.GetAsync(created.Id, new CustomerGetOptions { Expand = ["no_such_field"] }));

        Assert.Equal("expand", error.Param);
    }

    [Fact]
    public async Task UpdateAsync_MetadataSetAndEmptyString_SetsAndRemovesKeysKeepingOthers()
    {
        var created = await _client.Customers.CreateAsync(new CustomerCreateOptions
        {
            Email = Unique.Email("meta"),
            Metadata = new() { ["keep"] = "1", ["drop"] = "2", ["change"] = "3" },
        });

        var updated = await _client.Customers.UpdateAsync(created.Id, new CustomerUpdateOptions
        {
            Name = "Renamed",
            Metadata = new() { ["drop"] = string.Empty, ["change"] = "33", ["added"] = "4", ["ignored"] = null },
        });

        Assert.Equal("Renamed", updated.Name);
        Assert.Equal(new Dictionary<string, string> { ["keep"] = "1", ["change"] = "33", ["added"] = "4" }, updated.Metadata);
        var fetched = await _client.Customers.GetAsync(created.Id);
        Assert.Equal(updated.Metadata, fetched.Metadata);
    }

    [Fact]
    public async Task UpdateAsync_EmptyStringField_UnsetsIt()
    {
        var created = await _client.Customers.CreateAsync(new CustomerCreateOptions { Email = Unique.Email("unset"), Phone = "+1555", Description = "x" });

        var updated = await _client.Customers.UpdateAsync(created.Id, new CustomerUpdateOptions { Phone = string.Empty });

        Assert.Null(updated.Phone);
        Assert.Equal("x", updated.Description);
    }

    [Fact]
    public async Task DeleteAsync_ExistingCustomer_ReturnsDeletedMarkerAndLaterCallsSeeIt()
    {
        var created = await _client.Customers.CreateAsync(new CustomerCreateOptions { Email = Unique.Email("delete") });

        var deleted = await _client.Customers.DeleteAsync(created.Id);

        Assert.Equal(created.Id, deleted.Id);
        Assert.True(deleted.Deleted);
        var fetched = await _client.Customers.GetAsync(created.Id);
        Assert.True(fetched.Deleted);
        var error = await Assert.ThrowsAsync<StripeNotFoundException>(() => _client.Customers.DeleteAsync(created.Id));
        Assert.Equal("resource_missing", error.Code);
        await Assert.ThrowsAsync<StripeNotFoundException>(() => _client.Customers.UpdateAsync(created.Id, new CustomerUpdateOptions { Name = "x" }));
    }

    [Fact]
    public async Task ListAsync_EmailFilter_ReturnsOnlyThatEmailNewestFirst()
    {
        var email = Unique.Email("list");
        var ids = await CreateCustomersAsync(email, 3);
        await _client.Customers.CreateAsync(new CustomerCreateOptions { Email = Unique.Email("other") });

        var listed = await _client.Customers.ListAsync(new CustomerListOptions { Email = email }).ToListAsync();

        Assert.Equal(ids.AsEnumerable().Reverse(), listed.Select(c => c.Id));
        Assert.All(listed, c => Assert.Equal(email, c.Email));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(100)]
    public async Task ListPagesAsync_Limit_PagesOfThatSizeCoverEveryMatch(int limit)
    {
        var email = Unique.Email("limit");
        var ids = await CreateCustomersAsync(email, 5);

        var pages = await _client.Customers.ListPagesAsync(new CustomerListOptions { Email = email, Limit = limit }).ToListAsync();

        Assert.All(pages.SkipLast(1), page => Assert.Equal(limit, page.Data.Count));
        Assert.Equal((5 + limit - 1) / limit, pages.Count);
        Assert.Equal(ids.AsEnumerable().Reverse(), pages.SelectMany(p => p.Data).Select(c => c.Id));
        Assert.All(pages.SkipLast(1), page => Assert.True(page.HasMore));
        Assert.False(pages[^1].HasMore);
        Assert.Equal("/v1/customers", pages[0].Url);
    }

    [Fact]
    public async Task ListAsync_StartingAfter_ReturnsOnlyOlderCustomers()
    {
        var email = Unique.Email("after");
        var ids = await CreateCustomersAsync(email, 5); // oldest first

        var listed = await _client.Customers.ListAsync(new CustomerListOptions { Email = email, StartingAfter = ids[3], Limit = 1 }).ToListAsync();

        Assert.Equal([ids[2], ids[1], ids[0]], listed.Select(c => c.Id));
    }

    [Fact]
    public async Task ListAsync_EndingBefore_PagesBackwardToTheNewest()
    {
        var email = Unique.Email("before");
        var ids = await CreateCustomersAsync(email, 5); // oldest first

        var pages = await _client.Customers.ListPagesAsync(new CustomerListOptions { Email = email, EndingBefore = ids[0], Limit = 2 }).ToListAsync();

        // Each page is newest first, as Stripe sends it; pages move toward newer objects.
        Assert.Equal([[ids[2], ids[1]], [ids[4], ids[3]]], pages.Select(p => p.Data.Select(c => c.Id).ToArray()));
    }

    [Fact]
    public async Task ListAsync_CreatedBounds_FilterByUnixSecondsAsStripeDoes()
    {
        var email = Unique.Email("created");
        var times = new List<DateTimeOffset>();
        var ids = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            fixture.Clock.Advance(TimeSpan.FromSeconds(10));
            times.Add(fixture.Clock.GetUtcNow());
            ids.Add((await _client.Customers.CreateAsync(new CustomerCreateOptions { Email = email })).Id);
        }

        async Task<string[]> List(DateRangeFilter created) =>
            (await _client.Customers.ListAsync(new CustomerListOptions { Email = email, Created = created }).ToListAsync()).Select(c => c.Id).ToArray();

        Assert.Equal([ids[3], ids[2]], await List(new DateRangeFilter { Gt = times[1] }));
        Assert.Equal([ids[3], ids[2], ids[1]], await List(new DateRangeFilter { Gte = times[1] }));
        Assert.Equal([ids[1], ids[0]], await List(new DateRangeFilter { Lt = times[2] }));
        Assert.Equal([ids[2], ids[1], ids[0]], await List(new DateRangeFilter { Lte = times[2] }));
        Assert.Equal([ids[2], ids[1]], await List(new DateRangeFilter { Gte = times[1], Lte = times[2] }));
    }

    [Fact]
    public async Task ListAsync_CreatedWithOffsetAndFraction_SentAsWholeUnixSeconds()
    {
        var email = Unique.Email("seconds");
        fixture.Clock.Advance(TimeSpan.FromSeconds(10));
        var at = fixture.Clock.GetUtcNow();
        var id = (await _client.Customers.CreateAsync(new CustomerCreateOptions { Email = email })).Id;
        var sameSecondElsewhere = at.ToOffset(TimeSpan.FromHours(5.5)).AddMilliseconds(999);

        var listed = await _client.Customers.ListAsync(new CustomerListOptions { Email = email, Created = new DateRangeFilter { Gte = sameSecondElsewhere, Lte = sameSecondElsewhere } }).ToListAsync();

        Assert.Equal(id, Assert.Single(listed).Id);
        var unix = at.ToUnixTimeSeconds();
        var logged = fixture.Emulator.Requests.Snapshot().Last(r => r.Method == "GET" && r.Path == "/v1/customers" && r.QueryString.Contains(Uri.EscapeDataString(email), StringComparison.Ordinal));
        Assert.Contains($"created[gte]={unix}&created[lte]={unix}", logged.QueryString);
    }

    [Fact]
    public async Task ListAsync_ExpandOnList_IsSentAndAccepted()
    {
        var email = Unique.Email("listexpand");
        var id = (await _client.Customers.CreateAsync(new CustomerCreateOptions { Email = email })).Id;

        var listed = await _client.Customers.ListAsync(new CustomerListOptions { Email = email, Expand = ["data.default_source"] }).ToListAsync();

        Assert.Equal(id, Assert.Single(listed).Id);
        var logged = fixture.Emulator.Requests.Snapshot().Last(r => r.Path == "/v1/customers" && r.QueryString.Contains("expand", StringComparison.Ordinal));
        Assert.Contains("expand[0]=data.default_source", logged.QueryString);
    }

    [Fact]
    public async Task SearchAsync_MetadataAndEmailClauses_FindsOnlyMatches()
    {
        var run = Unique.Marker();
        var email = Unique.Email("search");
        var gold = await _client.Customers.CreateAsync(new CustomerCreateOptions { Email = email, Metadata = new() { ["run"] = run, ["tier"] = "gold" } });
        await _client.Customers.CreateAsync(new CustomerCreateOptions { Email = Unique.Email("search"), Metadata = new() { ["run"] = run, ["tier"] = "silver" } });

        var byMetadata = await _client.Customers.SearchAsync(new CustomerSearchOptions { Query = $"metadata[\"run\"]:\"{run}\" AND metadata[\"tier\"]:\"gold\"" }).ToListAsync();
        var byEmail = await _client.Customers.SearchAsync(new CustomerSearchOptions { Query = $"email:\"{email}\"" }).ToListAsync();
        var negated = await _client.Customers.SearchAsync(new CustomerSearchOptions { Query = $"metadata[\"run\"]:\"{run}\" AND -metadata[\"tier\"]:\"gold\"" }).ToListAsync();

        Assert.Equal(gold.Id, Assert.Single(byMetadata).Id);
        Assert.Equal(gold.Id, Assert.Single(byEmail).Id);
        Assert.Equal("silver", Assert.Single(negated).Metadata!["tier"]);
    }

    [Fact]
    public async Task SearchPagesAsync_SeveralPages_FollowsNextPageWithTotalCount()
    {
        var run = Unique.Marker();
        var ids = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            ids.Add((await _client.Customers.CreateAsync(new CustomerCreateOptions { Email = Unique.Email("sp"), Metadata = new() { ["run"] = run } })).Id);
        }

        var pages = await _client.Customers.SearchPagesAsync(new CustomerSearchOptions { Query = $"metadata[\"run\"]:\"{run}\"", Limit = 2, Expand = ["total_count"] }).ToListAsync();

        Assert.Equal([2, 2, 1], pages.Select(p => p.Data.Count));
        Assert.All(pages, page => Assert.Equal(5, page.TotalCount));
        Assert.All(pages.SkipLast(1), page => Assert.False(string.IsNullOrEmpty(page.NextPage)));
        Assert.Null(pages[^1].NextPage);
        Assert.Equal("search_result", pages[0].Object);
        Assert.Equal(ids.AsEnumerable().Reverse(), pages.SelectMany(p => p.Data).Select(c => c.Id));
    }

    [Fact]
    public async Task ListAsync_EmailWithPlusAndMetadataWithSpacesAndUnicode_SurviveTheWire()
    {
        var email = $"jo+{Unique.Marker()}@example.com";
        var created = await _client.Customers.CreateAsync(new CustomerCreateOptions
        {
            Email = email,
            Metadata = new() { ["order id"] = "café ☕ & co", ["brackets"] = "[x]=y" },
        });

        var listed = await _client.Customers.ListAsync(new CustomerListOptions { Email = email }).ToListAsync();

        Assert.Equal(created.Id, Assert.Single(listed).Id);
        Assert.Equal(email, listed[0].Email);
        Assert.Equal(new Dictionary<string, string> { ["order id"] = "café ☕ & co", ["brackets"] = "[x]=y" }, listed[0].Metadata);
    }

    [Fact]
    public async Task CreateAsync_ManyInParallelOnOneClient_EachCreatedOnce()
    {
        var email = Unique.Email("parallel");
        var before = fixture.Emulator.CustomerCount;

        var created = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => _client.Customers.CreateAsync(new CustomerCreateOptions { Email = email })));

        Assert.Equal(20, created.Select(c => c.Id).Distinct().Count());
        Assert.Equal(before + 20, fixture.Emulator.CustomerCount);
        Assert.Equal(created.Select(c => c.Id).Order(), (await _client.Customers.ListAsync(new CustomerListOptions { Email = email, Limit = 7 }).ToListAsync()).Select(c => c.Id).Order());
    }

    private async Task<List<string>> CreateCustomersAsync(string email, int count)
    {
        var ids = new List<string>();
        for (var i = 0; i < count; i++)
        {
            ids.Add((await _client.Customers.CreateAsync(new CustomerCreateOptions { Email = email })).Id);
        }

        return ids;
    }
}
