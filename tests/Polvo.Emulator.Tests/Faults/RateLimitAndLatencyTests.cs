using System.Net;
using Polvo.Emulator.Tests.Support;

namespace Polvo.Emulator.Tests.Faults;

/// <summary>The token bucket and the latency, driven by a fake clock (no real waiting).</summary>
public class RateLimitAndLatencyTests : EmulatorTest
{
    protected override bool UseFakeClock => true;

    [Fact]
    public async Task RateLimit_OverOneSecondsWorth_Answers429RateLimit()
    {
        Emulator.Faults.RateLimit = 3;

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++) statuses.Add((await Client.GetAsync("/v1/customers")).Status);
        var limited = await Client.GetAsync("/v1/customers");

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, (HttpStatusCode)429], statuses);
        Assert.Equal("rate_limit", limited.Error.GetProperty("code").GetString());
        Assert.Equal("invalid_request_error", limited.Error.GetProperty("type").GetString());
        Assert.Equal(2, Emulator.Requests.Count429);
        Assert.Equal(EmulatorFault.RateLimited, Emulator.Requests.Snapshot()[^1].Fault);
    }

    [Fact]
    public async Task RateLimit_TimePasses_RefillsAtTheRate()
    {
        Emulator.Faults.RateLimit = 2;
        await Client.GetAsync("/v1/customers");
        await Client.GetAsync("/v1/customers");

        Time.Advance(TimeSpan.FromMilliseconds(500));
        var afterHalfSecond = await Client.GetAsync("/v1/customers");
        var thenEmpty = await Client.GetAsync("/v1/customers");
        Time.Advance(TimeSpan.FromSeconds(10));
        var burst = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++) burst.Add((await Client.GetAsync("/v1/customers")).Status);

        Assert.Equal(HttpStatusCode.OK, afterHalfSecond.Status);
        Assert.Equal((HttpStatusCode)429, thenEmpty.Status);
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, (HttpStatusCode)429], burst);
    }

    [Fact]
    public async Task RateLimit_IsPerApiKey()
    {
        Emulator.Faults.RateLimit = 1;
        using var other = new ApiClient(Emulator, "sk_test_other");
        await Client.GetAsync("/v1/customers");

        var mineAgain = await Client.GetAsync("/v1/customers");
        var theirs = await other.GetAsync("/v1/customers");

        Assert.Equal((HttpStatusCode)429, mineAgain.Status);
        Assert.Equal(HttpStatusCode.OK, theirs.Status);
    }

    [Fact]
    public async Task RateLimit_RejectedPost_CreatesNothing()
    {
        Emulator.Faults.RateLimit = 1;
        await Client.GetAsync("/v1/customers");

        var response = await Client.PostAsync("/v1/customers");

        Assert.Equal((HttpStatusCode)429, response.Status);
        Assert.Equal(0, Emulator.CustomerCount);
    }

    [Fact]
    public async Task Latency_Set_DelaysAnswerUntilClockAdvances()
    {
        Emulator.Faults.LatencyMs = 250;

        var pending = Client.GetAsync("/v1/customers");
        var due = await Time.NextTimerAsync();
        var completedBeforeAdvance = pending.IsCompleted;
        Time.Advance(TimeSpan.FromMilliseconds(250));
        var response = await pending;

        Assert.Equal(TimeSpan.FromMilliseconds(250), due);
        Assert.False(completedBeforeAdvance);
        Assert.Equal(HttpStatusCode.OK, response.Status);
    }

    [Fact]
    public async Task Latency_WithJitter_StaysWithinRange()
    {
        Emulator.Faults.LatencyMs = 100;
        Emulator.Faults.LatencyJitterMs = 50;
        var dues = new List<TimeSpan>();

        for (var i = 0; i < 10; i++)
        {
            var pending = Client.GetAsync("/v1/customers");
            dues.Add(await Time.NextTimerAsync());
            Time.Advance(TimeSpan.FromMilliseconds(150));
            await pending;
        }

        Assert.All(dues, d => Assert.InRange(d.TotalMilliseconds, 100, 150));
        Assert.True(dues.Distinct().Count() > 1, "jitter should vary the delay");
    }
}
