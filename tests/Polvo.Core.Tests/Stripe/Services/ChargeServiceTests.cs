using Polvo.Core.Tests.TestSupport;
using Polvo.Stripe;
using Polvo.Stripe.Entities;
using Polvo.Stripe.Errors;
using Polvo.Stripe.Services;

namespace Polvo.Core.Tests.Stripe.Services;

/// <summary>The typed charge service, over real loopback HTTP against the emulator.</summary>
public sealed class ChargeServiceTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>, IDisposable
{
    private readonly StripeClient _client = fixture.CreateClient();

    public void Dispose() => _client.Dispose();

    [Fact]
    public async Task CreateAsync_CustomerAndSource_ReturnsSucceededChargeWithFields()
    {
        var customer = await NewCustomerAsync();

        var charge = await _client.Charges.CreateAsync(new ChargeCreateOptions
        {
            Amount = 2_000,
            Currency = "usd",
            Customer = customer.Id,
            Source = "tok_mastercard",
            Description = "order 42",
            ReceiptEmail = "receipt@example.com",
            StatementDescriptor = "POLVO TEST",
            Metadata = new() { ["order"] = "42" },
        });

        Assert.StartsWith("ch_", charge.Id);
        Assert.Equal("charge", charge.Object);
        Assert.Equal(2_000, charge.Amount);
        Assert.Equal(2_000, charge.AmountCaptured);
        Assert.Equal("usd", charge.Currency);
        Assert.Equal(customer.Id, charge.Customer?.Id);
        Assert.False(charge.Customer!.IsExpanded);
        Assert.Equal("order 42", charge.Description);
        Assert.Equal("receipt@example.com", charge.ReceiptEmail);
        Assert.Equal("POLVO TEST", charge.StatementDescriptor);
        Assert.Equal("succeeded", charge.Status);
        Assert.True(charge.Paid);
        Assert.True(charge.Captured);
        Assert.Equal("42", charge.Metadata!["order"]);
    }

    [Fact]
    public async Task CreateAsync_CaptureFalse_SendsFalseAndOnlyAuthorizes()
    {
        var charge = await _client.Charges.CreateAsync(new ChargeCreateOptions { Amount = 500, Currency = "eur", Source = "tok_visa", Capture = false });

        Assert.False(charge.Captured);
        Assert.Equal(0, charge.AmountCaptured);
        Assert.True(charge.Paid);
        Assert.Null(charge.Customer);
    }

    [Fact]
    public async Task GetAsync_WithoutExpand_CustomerIsAnId()
    {
        var customer = await NewCustomerAsync();
        var created = await NewChargeAsync(customer.Id);

        var charge = await _client.Charges.GetAsync(created.Id);

        Assert.Equal(created.Id, charge.Id);
        Assert.Equal(customer.Id, charge.Customer!.Id);
        Assert.False(charge.Customer.IsExpanded);
        Assert.Null(charge.Customer.Value);
    }

    [Fact]
    public async Task GetAsync_ExpandCustomer_CustomerIsTheCustomerObject()
    {
        var customer = await NewCustomerAsync();
        var created = await NewChargeAsync(customer.Id);

        var charge = await _client.Charges.GetAsync(created.Id, new ChargeGetOptions { Expand = ["customer"] });

        Assert.True(charge.Customer!.IsExpanded);
        Assert.Equal(customer.Id, charge.Customer.Id);
        Assert.IsType<Customer>(charge.Customer.Value);
        Assert.Equal(customer.Email, charge.Customer.Value.Email);
        Assert.Equal("customer", charge.Customer.Value.Object);
    }

    [Fact]
    public async Task GetAsync_ExpandDeletedCustomer_ExpandsToTheDeletedMarker()
    {
        var customer = await NewCustomerAsync();
        var created = await NewChargeAsync(customer.Id);
        await _client.Customers.DeleteAsync(customer.Id);

        var charge = await _client.Charges.GetAsync(created.Id, new ChargeGetOptions { Expand = ["customer"] });

        Assert.True(charge.Customer!.Value!.Deleted);
        Assert.Equal(customer.Id, charge.Customer.Id);
    }

    [Fact]
    public async Task ListAsync_CustomerFilterAndExpandDataCustomer_ReturnsThatCustomersChargesExpanded()
    {
        var customer = await NewCustomerAsync();
        var other = await NewCustomerAsync();
        var ids = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            ids.Add((await NewChargeAsync(customer.Id, 100 + i)).Id);
        }

        await NewChargeAsync(other.Id);

        var charges = await _client.Charges.ListAsync(new ChargeListOptions { Customer = customer.Id, Expand = ["data.customer"], Limit = 2 }).ToListAsync();

        Assert.Equal(ids.AsEnumerable().Reverse(), charges.Select(c => c.Id));
        Assert.All(charges, charge =>
        {
            Assert.True(charge.Customer!.IsExpanded);
            Assert.Equal(customer.Email, charge.Customer.Value!.Email);
        });
        var pageRequests = fixture.Emulator.Requests.Snapshot().Where(r => r.Path == "/v1/charges" && r.QueryString.Contains(customer.Id, StringComparison.Ordinal)).ToList();
        Assert.Equal(2, pageRequests.Count);
        Assert.All(pageRequests, r => Assert.Contains("expand[0]=data.customer", r.QueryString));
    }

    [Fact]
    public async Task ListAsync_StartingAfterAndEndingBefore_PageFromACursor()
    {
        var customer = await NewCustomerAsync();
        var ids = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            ids.Add((await NewChargeAsync(customer.Id)).Id); // oldest first
        }

        var older = await _client.Charges.ListAsync(new ChargeListOptions { Customer = customer.Id, StartingAfter = ids[2], Limit = 1 }).ToListAsync();
        var newer = await _client.Charges.ListAsync(new ChargeListOptions { Customer = customer.Id, EndingBefore = ids[1], Limit = 1 }).ToListAsync();

        Assert.Equal([ids[1], ids[0]], older.Select(c => c.Id));
        Assert.Equal([ids[2], ids[3]], newer.Select(c => c.Id));
    }

    [Fact]
    public async Task ListAsync_CreatedBounds_FilterTheCustomersCharges()
    {
        var customer = await NewCustomerAsync();
        var times = new List<DateTimeOffset>();
        var ids = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            fixture.Clock.Advance(TimeSpan.FromSeconds(5));
            times.Add(fixture.Clock.GetUtcNow());
            ids.Add((await NewChargeAsync(customer.Id)).Id);
        }

        async Task<string[]> List(DateRangeFilter created) =>
            (await _client.Charges.ListAsync(new ChargeListOptions { Customer = customer.Id, Created = created }).ToListAsync()).Select(c => c.Id).ToArray();

        Assert.Equal([ids[2]], await List(new DateRangeFilter { Gt = times[1] }));
        Assert.Equal([ids[2], ids[1]], await List(new DateRangeFilter { Gte = times[1] }));
        Assert.Equal([ids[0]], await List(new DateRangeFilter { Lt = times[1] }));
        Assert.Equal([ids[1], ids[0]], await List(new DateRangeFilter { Lte = times[1] }));
    }

    [Fact]
    public async Task UpdateAsync_DescriptionAndMetadata_SetsAndUnsets()
    {
        var created = await _client.Charges.CreateAsync(new ChargeCreateOptions
        {
            Amount = 900, Currency = "usd", Source = "tok_visa", Metadata = new() { ["a"] = "1", ["b"] = "2" },
        });

        var updated = await _client.Charges.UpdateAsync(created.Id, new ChargeUpdateOptions
        {
            Description = "updated",
            Metadata = new() { ["a"] = string.Empty, ["c"] = "3" },
        });

        Assert.Equal("updated", updated.Description);
        Assert.Equal(new Dictionary<string, string> { ["b"] = "2", ["c"] = "3" }, updated.Metadata);
        Assert.Equal(updated.Metadata, (await _client.Charges.GetAsync(created.Id)).Metadata);
    }

    [Fact]
    public async Task UpdateAsync_SetCustomerWithExpand_ReturnsExpandedCustomer()
    {
        var created = await _client.Charges.CreateAsync(new ChargeCreateOptions { Amount = 900, Currency = "usd", Source = "tok_visa" });
        var customer = await NewCustomerAsync();

        var updated = await _client.Charges.UpdateAsync(created.Id, new ChargeUpdateOptions { Customer = customer.Id, Expand = ["customer"] });

        Assert.Equal(customer.Email, updated.Customer!.Value!.Email);
    }

    [Fact]
    public async Task UpdateAsync_MissingCharge_ThrowsNotFound()
    {
        var error = await Assert.ThrowsAsync<StripeNotFoundException>(
            () => _client.Charges.UpdateAsync("ch_doesnotexist000000000000", new ChargeUpdateOptions { Description = "x" }));

        Assert.Equal("resource_missing", error.Code);
        Assert.Equal("id", error.Param);
    }

    [Fact]
    public async Task SearchAsync_AmountAndMetadataClauses_FindsOnlyMatches()
    {
        var run = Unique.Marker();
        var small = await NewChargeAsync(null, 100, run);
        var large = await NewChargeAsync(null, 5_000, run);

        var big = await _client.Charges.SearchAsync(new ChargeSearchOptions { Query = $"metadata[\"run\"]:\"{run}\" AND amount>=1000" }).ToListAsync();
        var either = await _client.Charges.SearchAsync(new ChargeSearchOptions { Query = $"amount:100 OR amount:5000" }).ToListAsync();

        Assert.Equal(large.Id, Assert.Single(big).Id);
        Assert.Contains(either, c => c.Id == small.Id);
        Assert.Contains(either, c => c.Id == large.Id);
        Assert.All(either, c => Assert.Contains(c.Amount, new long[] { 100, 5_000 }));
    }

    [Fact]
    public async Task SearchPagesAsync_CustomerClause_PagesWithTotalCount()
    {
        var customer = await NewCustomerAsync();
        var ids = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            ids.Add((await NewChargeAsync(customer.Id)).Id);
        }

        var pages = await _client.Charges.SearchPagesAsync(new ChargeSearchOptions { Query = $"customer:\"{customer.Id}\"", Limit = 2, Expand = ["total_count"] }).ToListAsync();

        Assert.Equal(2, pages.Count);
        Assert.All(pages, p => Assert.Equal(3, p.TotalCount));
        Assert.Equal(ids.AsEnumerable().Reverse(), pages.SelectMany(p => p.Data).Select(c => c.Id));
    }

    private Task<Customer> NewCustomerAsync() =>
        _client.Customers.CreateAsync(new CustomerCreateOptions { Email = Unique.Email("payer") });

    private Task<Charge> NewChargeAsync(string? customerId, long amount = 1_000, string? run = null) =>
        _client.Charges.CreateAsync(new ChargeCreateOptions
        {
            Amount = amount,
            Currency = "usd",
            Customer = customerId,
            Source = "tok_visa",
            Metadata = run is null ? null : new() { ["run"] = run },
        });
}
