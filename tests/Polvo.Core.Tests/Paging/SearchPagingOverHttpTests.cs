using Polvo.Core.Tests.TestSupport;
using Polvo.Stripe;
using Polvo.Stripe.Entities;
using Polvo.Stripe.Services;

namespace Polvo.Core.Tests.Paging;

/// <summary>Auto-paging of Stripe searches (<c>next_page</c>, <c>total_count</c>) over real HTTP, on seeded data.</summary>
public sealed class SearchPagingOverHttpTests(SeededEmulatorFixture fixture) : IClassFixture<SeededEmulatorFixture>, IDisposable
{
    private readonly StripeClient _client = fixture.CreateClient();

    public void Dispose() => _client.Dispose();

    [Fact]
    public async Task SearchPagesAsync_CreatedAfterMedian_EveryMatchOnceAndTotalCountAgrees()
    {
        var all = await _client.Customers.ListAsync(new CustomerListOptions { Limit = 100 }).ToListAsync();
        var median = all[all.Count / 2].Created.ToUnixTimeSeconds();
        var expected = all.Where(c => c.Created.ToUnixTimeSeconds() > median).Select(c => c.Id).ToList();
        var before = fixture.Emulator.Requests.Count("GET", "/v1/customers/search");

        var pages = await _client.Customers.SearchPagesAsync(new CustomerSearchOptions { Query = $"created>{median}", Limit = 100, Expand = ["total_count"] }).ToListAsync();

        var found = pages.SelectMany(p => p.Data).Select(c => c.Id).ToList();
        Assert.True(pages.Count > 5, $"expected many pages, got {pages.Count}");
        Assert.Equal(expected.Count, found.Distinct().Count());
        Assert.Equal(expected, found);
        Assert.All(pages, p => Assert.Equal(expected.Count, p.TotalCount));
        Assert.Equal(pages.Count, fixture.Emulator.Requests.Count("GET", "/v1/customers/search") - before);
    }

    [Fact]
    public async Task SearchAsync_NameClauseSmallPages_MatchesTheListFilteredLocally()
    {
        var all = await _client.Customers.ListAsync(new CustomerListOptions { Limit = 100 }).ToListAsync();
        var expected = all.Where(c => c.Name == "Ada Lovelace").Select(c => c.Id).ToList();

        var found = await _client.Customers.SearchAsync(new CustomerSearchOptions { Query = "name:\"Ada Lovelace\"", Limit = 7 }).ToListAsync();

        Assert.True(expected.Count > 7, "the query should span several pages");
        Assert.Equal(expected, found.Select(c => c.Id));
    }

    [Fact]
    public async Task SearchAsync_ConsumerStopsAfterFirstItem_NoPageBeyondThePrefetchedOne()
    {
        var recorder = new RequestRecorder();
        using var client = fixture.CreateClient(o => o.OnRequest = recorder.Record);
        var before = fixture.Emulator.Requests.Count("GET", "/v1/charges/search");

        await using (var items = client.Charges.SearchAsync(new ChargeSearchOptions { Query = "amount>0", Limit = 10 }).GetAsyncEnumerator())
        {
            Assert.True(await items.MoveNextAsync());
            Assert.IsType<Charge>(items.Current);
            await recorder.WhenReported(e => e.Path.Contains("page=", StringComparison.Ordinal));
        }

        Assert.Equal(2, fixture.Emulator.Requests.Count("GET", "/v1/charges/search") - before); // the first page and the prefetched second of 25
        Assert.Equal(2, recorder.Events.Count);
    }
}
