using System.Net;
using Polvo.Emulator.Tests.Support;

namespace Polvo.Emulator.Tests.Faults;

/// <summary>The token bucket and the latency, driven by a fake clock (no real waiting).</summary>
public class RateLimitAndLatencyTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new();
    private StripeEmulator _emulator = null!;
    private ApiClient _client = null!;

    public async Task InitializeAsync()
    {
        _emulator = await Emulators.StartAsync(o => o.TimeProvider = _time);
        _client = new ApiClient(_emulator);
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _emulator.DisposeAsync();
    }

    [Fact]
    public async Task RateLimit_OverOneSecondsWorth_Answers429RateLimit()
    {
        _emulator.Faults.RateLimit = 3;

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++) statuses.Add((await _client.GetAsync("/v1/customers")).Status);
        var limited = await _client.GetAsync("/v1/customers");

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, (HttpStatusCode)429], statuses);
        Assert.Equal("rate_limit", limited.Error.GetProperty("code").GetString());
        Assert.Equal("invalid_request_error", limited.Error.GetProperty("type").GetString());
        Assert.Equal(2, _emulator.Requests.Count429);
        Assert.Equal(EmulatorFault.RateLimited, _emulator.Requests.Snapshot()[^1].Fault);
    }

    [Fact]
    public async Task RateLimit_TimePasses_RefillsAtTheRate()
    {
        _emulator.Faults.RateLimit = 2;
        await _client.GetAsync("/v1/customers");
        await _client.GetAsync("/v1/customers");

        _time.Advance(TimeSpan.FromMilliseconds(500));
        var afterHalfSecond = await _client.GetAsync("/v1/customers");
        var thenEmpty = await _client.GetAsync("/v1/customers");
        _time.Advance(TimeSpan.FromSeconds(10));
        var burst = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++) burst.Add((await _client.GetAsync("/v1/customers")).Status);

        Assert.Equal(HttpStatusCode.OK, afterHalfSecond.Status);
        Assert.Equal((HttpStatusCode)429, thenEmpty.Status);
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, (HttpStatusCode)429], burst);
    }

    [Fact]
    public async Task RateLimit_IsPerApiKey()
    {
        _emulator.Faults.RateLimit = 1;
        using var other = new ApiClient(_emulator, "sk_test_other");
        await _client.GetAsync("/v1/customers");

        var mineAgain = await _client.GetAsync("/v1/customers");
        var theirs = await other.GetAsync("/v1/customers");

        Assert.Equal((HttpStatusCode)429, mineAgain.Status);
        Assert.Equal(HttpStatusCode.OK, theirs.Status);
    }

    [Fact]
    public async Task RateLimit_RejectedPost_CreatesNothing()
    {
        _emulator.Faults.RateLimit = 1;
        await _client.GetAsync("/v1/customers");

        var response = await _client.PostAsync("/v1/customers");

        Assert.Equal((HttpStatusCode)429, response.Status);
        Assert.Equal(0, _emulator.CustomerCount);
    }

    [Fact]
    public async Task Latency_Set_DelaysAnswerUntilClockAdvances()
    {
        _emulator.Faults.LatencyMs = 250;

        var pending = _client.GetAsync("/v1/customers");
        var due = await _time.NextTimerAsync();
        var completedBeforeAdvance = pending.IsCompleted;
        _time.Advance(TimeSpan.FromMilliseconds(250));
        var response = await pending;

        Assert.Equal(TimeSpan.FromMilliseconds(250), due);
        Assert.False(completedBeforeAdvance);
        Assert.Equal(HttpStatusCode.OK, response.Status);
    }

    [Fact]
    public async Task Latency_WithJitter_StaysWithinRange()
    {
        _emulator.Faults.LatencyMs = 100;
        _emulator.Faults.LatencyJitterMs = 50;
        var dues = new List<TimeSpan>();

        for (var i = 0; i < 10; i++)
        {
            var pending = _client.GetAsync("/v1/customers");
            dues.Add(await _time.NextTimerAsync());
            _time.Advance(TimeSpan.FromMilliseconds(150));
            await pending;
        }

        Assert.All(dues, d => Assert.InRange(d.TotalMilliseconds, 100, 150));
        Assert.True(dues.Distinct().Count() > 1, "jitter should vary the delay");
    }
}
