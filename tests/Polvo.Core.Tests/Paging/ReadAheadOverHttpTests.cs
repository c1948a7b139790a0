using Polvo.Core.Tests.TestSupport;
using Polvo.Stripe;
using Polvo.Stripe.Services;

namespace Polvo.Core.Tests.Paging;

/// <summary>
/// The pager's read-ahead option over real HTTP (seeded emulator, read-only): by default the next page is requested
/// while the current one is consumed; with <see cref="ListOptions.ReadAhead"/> or <see cref="SearchOptions.ReadAhead"/>
/// off, only when the consumer asks for it, as the PowerShell cmdlets need.
/// </summary>
public sealed class ReadAheadOverHttpTests(SeededEmulatorFixture fixture) : IClassFixture<SeededEmulatorFixture>
{
    private readonly RequestRecorder _recorder = new();

    private int CustomerListRequests => fixture.Emulator.Requests.Count("GET", "/v1/customers");

    [Fact]
    public async Task ListPagesAsync_Default_RequestsThePageAfterTheFirstBeforeItIsAskedFor()
    {
        using var client = fixture.CreateClient(o => o.OnRequest = _recorder.Record);

        await using (var pages = client.Customers.ListPagesAsync(new CustomerListOptions { Limit = 100 }).GetAsyncEnumerator())
        {
            Assert.True(await pages.MoveNextAsync());
            string lastId = pages.Current.Data[^1].Id;

            // Nobody asked for page 2, yet it is requested: one page ahead.
            var second = await _recorder.WhenReported(e => e.Path.Contains("starting_after=", StringComparison.Ordinal));
            Assert.Contains($"starting_after={lastId}", second.Path, StringComparison.Ordinal);
        }

        Assert.Equal(2, _recorder.Events.Count);
    }

    [Fact]
    public async Task ListPagesAsync_ReadAheadOff_EachPageIsRequestedOnlyWhenAskedFor()
    {
        using var client = fixture.CreateClient(o => o.OnRequest = _recorder.Record);
        var before = CustomerListRequests;

        await using (var pages = client.Customers.ListPagesAsync(new CustomerListOptions { Limit = 100, ReadAhead = false }).GetAsyncEnumerator())
        {
            Assert.True(await pages.MoveNextAsync());
            string lastId = pages.Current.Data[^1].Id;
            Assert.Single(_recorder.Events);

            Assert.True(await pages.MoveNextAsync()); // asking for page 2 requests it, after page 1's last id
            Assert.Equal(2, _recorder.Events.Count);
            Assert.Contains($"starting_after={lastId}", _recorder.Events[1].Path, StringComparison.Ordinal);
        }

        // Stopping after page 2 (of 25) started no page 3, not even one cancelled in flight.
        Assert.Equal(2, _recorder.Events.Count);
        Assert.Equal(2, CustomerListRequests - before);
    }

    [Fact]
    public async Task ListAsync_ReadAheadOff_EveryCustomerExactlyOnceOneRequestPerPage()
    {
        using var client = fixture.CreateClient();
        var before = CustomerListRequests;

        var customers = await client.Customers.ListAsync(new CustomerListOptions { Limit = 100, ReadAhead = false }).ToListAsync();

        Assert.Equal(fixture.Emulator.CustomerCount, customers.Select(c => c.Id).Distinct().Count());
        Assert.Equal(fixture.Emulator.CustomerCount, customers.Count);
        Assert.Equal(SeededEmulatorFixture.CustomerCount / 100, CustomerListRequests - before);
    }

    [Fact]
    public async Task SearchPagesAsync_ReadAheadOff_StoppingAfterTheFirstPageRequestsNoOther()
    {
        using var client = fixture.CreateClient(o => o.OnRequest = _recorder.Record);

        await using (var pages = client.Charges.SearchPagesAsync(new ChargeSearchOptions { Query = "amount>0", Limit = 10, ReadAhead = false }).GetAsyncEnumerator())
        {
            Assert.True(await pages.MoveNextAsync());
            Assert.True(pages.Current.HasMore);
        }

        Assert.Single(_recorder.Events);
    }
}
