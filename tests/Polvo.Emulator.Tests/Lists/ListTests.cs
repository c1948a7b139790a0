using System.Net;
using Polvo.Emulator.Tests.Support;

namespace Polvo.Emulator.Tests.Lists;

public class ListTests : EmulatorTest
{
    protected override bool UseFakeClock => true;

    [Fact]
    public async Task List_NoParameters_ReturnsListEnvelopeNewestFirstLimit10()
    {
        var ids = new List<string>();
        for (var i = 0; i < 12; i++)
        {
            ids.Add(await Client.CreateCustomerAsync());
            Time.Advance(TimeSpan.FromSeconds(1));
        }

        var page = await Client.GetAsync("/v1/customers");

        Assert.Equal("list", page.Str("object"));
        Assert.Equal("/v1/customers", page.Str("url"));
        Assert.True(page.HasMore);
        Assert.Equal(Enumerable.Reverse(ids).Take(10), page.DataIds);
    }

    [Fact]
    public async Task List_SameCreatedSecond_NewestCreationFirst()
    {
        var ids = new List<string>();
        for (var i = 0; i < 5; i++) ids.Add(await Client.CreateCustomerAsync());

        var page = await Client.GetAsync("/v1/customers?limit=100");

        Assert.Equal(Enumerable.Reverse(ids), page.DataIds);
        Assert.False(page.HasMore);
    }

    [Theory]
    [InlineData("0", "This value must be greater than or equal to 1.")]
    [InlineData("101", "This value must be less than or equal to 100.")]
    [InlineData("-3", "This value must be greater than or equal to 1.")]
    public async Task List_LimitOutOfRange_Returns400NamingLimit(string limit, string message)
    {
        var response = await Client.GetAsync($"/v1/customers?limit={limit}");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("limit", response.Error.GetProperty("param").GetString());
        Assert.Equal(message, response.Error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task List_BothCursors_Returns400()
    {
        var a = await Client.CreateCustomerAsync();
        var b = await Client.CreateCustomerAsync();

        var response = await Client.GetAsync($"/v1/customers?starting_after={a}&ending_before={b}");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("invalid_request_error", response.Error.GetProperty("type").GetString());
        Assert.Contains("ending_before, starting_after", response.Error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_CursorOfMissingObject_Returns400NamingCursor()
    {
        var response = await Client.GetAsync("/v1/customers?starting_after=cus_nope");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("starting_after", response.Error.GetProperty("param").GetString());
        Assert.Equal("resource_missing", response.Error.GetProperty("code").GetString());
    }

    [Fact]
    public async Task List_StartingAfterThenEndingBefore_WalksBothWays()
    {
        var ids = new List<string>();
        for (var i = 0; i < 7; i++) ids.Add(await Client.CreateCustomerAsync());
        var newestFirst = Enumerable.Reverse(ids).ToArray();

        var first = await Client.GetAsync("/v1/customers?limit=3");
        var second = await Client.GetAsync($"/v1/customers?limit=3&starting_after={first.DataIds[^1]}");
        var third = await Client.GetAsync($"/v1/customers?limit=3&starting_after={second.DataIds[^1]}");
        var back = await Client.GetAsync($"/v1/customers?limit=3&ending_before={third.DataIds[0]}");
        var backToStart = await Client.GetAsync($"/v1/customers?limit=3&ending_before={newestFirst[2]}");

        Assert.Equal(newestFirst[..3], first.DataIds);
        Assert.Equal(newestFirst[3..6], second.DataIds);
        Assert.Equal(newestFirst[6..], third.DataIds);
        Assert.False(third.HasMore);
        Assert.Equal(newestFirst[3..6], back.DataIds);
        Assert.True(back.HasMore);
        Assert.Equal(newestFirst[..2], backToStart.DataIds);
        Assert.False(backToStart.HasMore);
    }

    [Fact]
    public async Task List_CreatedRange_ReturnsOnlyThatRange()
    {
        var start = Time.GetUtcNow().ToUnixTimeSeconds();
        var bySecond = new Dictionary<long, string>();
        for (var i = 0; i < 6; i++)
        {
            bySecond[start + i] = await Client.CreateCustomerAsync();
            Time.Advance(TimeSpan.FromSeconds(1));
        }

        var gteLt = await Client.GetAsync($"/v1/customers?created[gte]={start + 1}&created[lt]={start + 4}");
        var gtLte = await Client.GetAsync($"/v1/customers?created[gt]={start + 1}&created[lte]={start + 4}");
        var exact = await Client.GetAsync($"/v1/customers?created={start + 2}");

        Assert.Equal([bySecond[start + 3], bySecond[start + 2], bySecond[start + 1]], gteLt.DataIds);
        Assert.Equal([bySecond[start + 4], bySecond[start + 3], bySecond[start + 2]], gtLte.DataIds);
        Assert.Equal([bySecond[start + 2]], exact.DataIds);
    }

    [Fact]
    public async Task List_CreatedBadOperator_Returns400()
    {
        var response = await Client.GetAsync("/v1/customers?created[after]=5");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("created[after]", response.Error.GetProperty("param").GetString());
    }

    [Fact]
    public async Task List_EmailFilter_MatchesExactly()
    {
        var match = await Client.CreateCustomerAsync(("email", "find@example.com"));
        await Client.CreateCustomerAsync(("email", "FIND@example.com"));
        await Client.CreateCustomerAsync(("email", "other@example.com"));

        var page = await Client.GetAsync("/v1/customers?email=find@example.com");

        Assert.Equal([match], page.DataIds);
    }
}
