using System.Net;
using Polvo.Emulator.Tests.Support;

namespace Polvo.Emulator.Tests.RequestLog;

public class EmulatorRequestLogTests
{
    [Fact]
    public async Task Count_ByMethodAndPath_CountsEachRequest()
    {
        await using var emulator = await Emulators.StartAsync();
        using var client = new ApiClient(emulator);
        var id = await client.CreateCustomerAsync();
        await client.GetAsync("/v1/customers?limit=5");
        await client.GetAsync("/v1/customers?limit=7");
        await client.GetAsync($"/v1/customers/{id}");

        Assert.Equal(2, emulator.Requests.Count("GET", "/v1/customers"));
        Assert.Equal(1, emulator.Requests.Count("post", "/v1/customers"));
        Assert.Equal(1, emulator.Requests.Count("GET", $"/v1/customers/{id}"));
        Assert.Equal(4, emulator.Requests.Total);
        var last = emulator.Requests.Snapshot().Single(r => r.QueryString == "?limit=7");
        Assert.Equal(200, last.StatusCode);
        Assert.False(last.FaultInjected);
    }

    [Fact]
    public async Task Snapshot_AsSoonAsTheAnswerStarts_HoldsTheRequest()
    {
        // Tests check the form a cmdlet sent right after the cmdlet returns: the request must be in the log by the
        // time any of its answer reaches the client, not only after the server has finished writing the body (the
        // window was small enough that this loop rarely lost the race; tests on a loaded machine did, now and then).
        await using var emulator = await Emulators.StartAsync(o => o.SeedCustomers = 100);
        using var http = new HttpClient { BaseAddress = emulator.BaseUrl };
        http.DefaultRequestHeaders.Authorization = new("Bearer", "sk_test_123");

        for (var i = 0; i < 20; i++)
        {
            using var response = await http.GetAsync($"/v1/customers?limit={100 - i}", HttpCompletionOption.ResponseHeadersRead);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Single(emulator.Requests.Snapshot(), r => r.QueryString == $"?limit={100 - i}");
        }
    }

    [Fact]
    public async Task Snapshot_Errors_RecordTheirStatus()
    {
        await using var emulator = await Emulators.StartAsync();
        using var anonymous = new ApiClient(emulator, key: null);

        var response = await anonymous.GetAsync("/v1/customers");

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Equal(401, Assert.Single(emulator.Requests.Snapshot()).StatusCode);
    }

    [Fact]
    public async Task Clear_AfterRequests_ForgetsRecordsAndCounts()
    {
        await using var emulator = await Emulators.StartAsync(o => o.LockTimeoutRate = 1);
        using var client = new ApiClient(emulator);
        await client.GetAsync("/v1/customers");
        Assert.Equal(1, emulator.Requests.Count429);

        emulator.Requests.Clear();

        Assert.Equal(0, emulator.Requests.Count429);
        Assert.Equal(0, emulator.Requests.Total);
        Assert.Equal(0, emulator.Requests.Count("GET", "/v1/customers"));
        Assert.Empty(emulator.Requests.Snapshot());
    }

    [Fact]
    public async Task Snapshot_OverCapacity_KeepsMostRecentButCountsAll()
    {
        await using var emulator = await Emulators.StartAsync(o => o.RequestLogCapacity = 3);
        using var client = new ApiClient(emulator);
        for (var i = 1; i <= 5; i++) await client.GetAsync($"/v1/customers?limit={i}");

        var snapshot = emulator.Requests.Snapshot();

        Assert.Equal(["?limit=3", "?limit=4", "?limit=5"], snapshot.Select(r => r.QueryString));
        Assert.Equal(5, emulator.Requests.Count("GET", "/v1/customers"));
    }
}
