using Polvo.Core.Tests.TestSupport;
using Polvo.Stripe;
using Polvo.Stripe.Entities;
using Polvo.Stripe.Services;

namespace Polvo.Core.Tests.Paging;

/// <summary>
/// Auto-paging of Stripe lists over real HTTP: thousands of seeded customers (with bursts sharing one second),
/// early stop and cancellation, counted in the emulator's request log. The seeded emulator is read-only here.
/// </summary>
public sealed class ListPagingOverHttpTests(SeededEmulatorFixture fixture) : IClassFixture<SeededEmulatorFixture>, IDisposable
{
    private readonly RequestRecorder _recorder = new();
    private readonly StripeClient _client = fixture.CreateClient();

    public void Dispose() => _client.Dispose();

    private int CustomerListRequests => fixture.Emulator.Requests.Count("GET", "/v1/customers");

    [Fact]
    public async Task ListAsync_ThousandsOfCustomersPageSize100_EveryCustomerExactlyOnceNewestFirst()
    {
        var before = CustomerListRequests;

        var customers = await _client.Customers.ListAsync(new CustomerListOptions { Limit = 100 }).ToListAsync();

        Assert.Equal(fixture.Emulator.CustomerCount, customers.Count);
        Assert.Equal(SeededEmulatorFixture.CustomerCount, customers.Select(c => c.Id).Distinct().Count());
        Assert.Equal(
            Enumerable.Range(1, SeededEmulatorFixture.CustomerCount).Select(i => $"customer{i}@example.com").Order(),
            customers.Select(c => c.Email!).Order());
        Assert.True(customers.Zip(customers.Skip(1)).All(pair => pair.First.Created >= pair.Second.Created), "not newest first");
        Assert.True(customers.GroupBy(c => c.Created).Max(g => g.Count()) >= 10, "the seed should put many customers in one second");
        Assert.Equal(SeededEmulatorFixture.CustomerCount / 100, CustomerListRequests - before);
    }

    [Fact]
    public async Task ListAsync_EndingBeforeTheOldest_PagesBackwardOverEveryOtherCustomer()
    {
        var all = await AllCustomersAsync();
        var oldest = all[^1];

        var newer = await _client.Customers.ListAsync(new CustomerListOptions { EndingBefore = oldest.Id, Limit = 100 }).ToListAsync();

        Assert.Equal(all.Count - 1, newer.Count);
        Assert.Equal(all.Take(all.Count - 1).Select(c => c.Id).Order(), newer.Select(c => c.Id).Order());
    }

    [Fact]
    public async Task ListAsync_BurstSecondWithSmallPages_CursorsInsideOneSecondLoseNothing()
    {
        var all = await AllCustomersAsync();
        var burst = all.GroupBy(c => c.Created).MaxBy(g => g.Count())!;
        var second = new DateRangeFilter { Gte = burst.Key, Lte = burst.Key };

        var inSecond = await _client.Customers.ListAsync(new CustomerListOptions { Created = second, Limit = 3 }).ToListAsync();

        Assert.Equal(burst.Select(c => c.Id), inSecond.Select(c => c.Id));
    }

    [Fact]
    public async Task ListAsync_CreatedGtAndLt_MatchesTheFullListFilteredLocally()
    {
        var all = await AllCustomersAsync();
        var from = all[1800].Created;
        var to = all[300].Created;

        var between = await _client.Customers.ListAsync(new CustomerListOptions { Created = new DateRangeFilter { Gt = from, Lt = to }, Limit = 100 }).ToListAsync();

        var expected = all.Where(c => c.Created > from && c.Created < to).Select(c => c.Id).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, between.Select(c => c.Id));
    }

    [Fact]
    public async Task ListAsync_ConsumerTakesFiveThenDisposes_ExactlyTheFirstPageAndTheOnePrefetched()
    {
        using var client = fixture.CreateClient(o => o.OnRequest = _recorder.Record);
        var before = CustomerListRequests;
        var taken = new List<Customer>();

        await using (var items = client.Customers.ListAsync(new CustomerListOptions { Limit = 100 }).GetAsyncEnumerator())
        {
            while (taken.Count < 5 && await items.MoveNextAsync())
            {
                taken.Add(items.Current);
            }

            // Page 2 was requested the moment page 1 arrived, before its first item was handed out (one page ahead).
            // Let that prefetch land so the count is exact rather than a race between cancel and send.
            await _recorder.WhenReported(e => e.Path.Contains("starting_after=", StringComparison.Ordinal));
        }

        Assert.Equal(5, taken.Count);
        // 2 = page 1 (consumed in part) + page 2 (the one prefetched page); disposing starts no page 3 of 25.
        Assert.Equal(2, CustomerListRequests - before);
        Assert.Equal(2, _recorder.Events.Count);
    }

    [Fact]
    public async Task ListAsync_OnlyOnePageOfMatches_ExactlyOneRequest()
    {
        using var client = fixture.CreateClient(o => o.OnRequest = _recorder.Record);
        var before = CustomerListRequests;

        var found = await client.Customers.ListAsync(new CustomerListOptions { Email = "customer7@example.com", Limit = 100 }).ToListAsync();

        Assert.Equal("customer7@example.com", Assert.Single(found).Email);
        Assert.Equal(1, CustomerListRequests - before); // has_more was false, so nothing was prefetched
        Assert.Single(_recorder.Events);
    }

    [Fact]
    public async Task ListAsync_CancelledMidStream_ThrowsAtTheNextItemAndRequestsNoFurtherPage()
    {
        using var client = fixture.CreateClient(o => o.OnRequest = _recorder.Record);
        using var cancellation = new CancellationTokenSource();
        var before = CustomerListRequests;
        var taken = 0;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var customer in client.Customers.ListAsync(new CustomerListOptions { Limit = 100 }, cancellationToken: cancellation.Token))
            {
                if (++taken == 150)
                {
                    // Page 3 was prefetched when page 2 started; wait for it so the count below is exact.
                    await _recorder.WhenReported(e => _recorder.Events.Count >= 3);
                    await cancellation.CancelAsync();
                }
            }
        });

        Assert.Equal(150, taken); // item 151 was never handed out
        Assert.Equal(3, CustomerListRequests - before); // pages 1 and 2 consumed, page 3 prefetched, page 4 never asked for
        Assert.Equal(3, _recorder.Events.Count);
    }

    [Fact]
    public async Task ListAsync_CancelledWhileAPageHangs_StopsWithoutWaitingForTheServer()
    {
        await using var slow = await Clients.StartDedicatedAsync(o => { o.SeedCustomers = 50; o.LatencyMs = 600_000; });
        using var client = Clients.Create(slow, o => o.OnRequest = _recorder.Record);
        using var cancellation = new CancellationTokenSource();
        await using var items = client.Customers.ListAsync(new CustomerListOptions { Limit = 10 }, cancellationToken: cancellation.Token).GetAsyncEnumerator();

        var first = items.MoveNextAsync().AsTask();
        await cancellation.CancelAsync(); // the server holds every answer for ten minutes

        // The guard only turns a hang into a failure; a working client returns at once.
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first.WaitAsync(TimeSpan.FromSeconds(30)));
        var attempt = Assert.Single(_recorder.Events); // the first page only, never answered
        Assert.Null(attempt.StatusCode);
        Assert.IsAssignableFrom<OperationCanceledException>(attempt.Exception);
    }

    [Fact]
    public async Task ListPagesAsync_SeededCharges_PageSize100ExpandedCustomersNoLossOrDuplicates()
    {
        var pages = await _client.Charges.ListPagesAsync(new ChargeListOptions { Limit = 100, Expand = ["data.customer"] }).ToListAsync();
        var charges = pages.SelectMany(p => p.Data).ToList();

        Assert.Equal([100, 100, 50], pages.Select(p => p.Data.Count));
        Assert.Equal(fixture.Emulator.ChargeCount, charges.Select(c => c.Id).Distinct().Count());
        Assert.All(charges, c => Assert.Equal(c.Customer!.Id, c.Customer.Value!.Id));
    }

    private async Task<List<Customer>> AllCustomersAsync() =>
        await _client.Customers.ListAsync(new CustomerListOptions { Limit = 100 }).ToListAsync();
}
