using System.Net;
using System.Net.Http.Headers;

namespace Polvo.Core.Tests.Resilience;

public class HttpRetryDelayTests
{
    [Fact]
    public async Task ExecuteAsync_RetryAfterSeconds_WaitsExactlyThatLong()
    {
        using var h = new PipelineHarness();
        h.Handler.Respond(HttpStatusCode.TooManyRequests, r => r.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(2)))
            .Respond(HttpStatusCode.OK);

        var send = h.SendAsync(h.Build(), HttpMethod.Get, "/v1/customers");
        await h.Time.WaitForPendingTimersAsync(1);
        Assert.Equal(TimeSpan.FromSeconds(2), h.Time.NextTimerDueIn);
        h.Time.Advance(TimeSpan.FromSeconds(2) - TimeSpan.FromTicks(1));
        Assert.Equal(1, h.Handler.Attempts);
        h.Time.Advance(TimeSpan.FromTicks(1));
        using var response = await send;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var notice = Assert.Single(h.Notices);
        Assert.Equal("HTTP 429 (Retry-After 2s)", notice.Reason);
        Assert.Equal(TimeSpan.FromSeconds(2), notice.Delay);
    }

    [Fact]
    public async Task ExecuteAsync_RetryAfterHttpDate_MeasuredFromTimeProvider()
    {
        using var h = new PipelineHarness();
        var at = h.Time.GetUtcNow().AddSeconds(3);
        h.Handler.Respond(HttpStatusCode.ServiceUnavailable, r => r.Headers.RetryAfter = new RetryConditionHeaderValue(at))
            .Respond(HttpStatusCode.OK);

        using var response = await h.DriveAsync(h.SendAsync(h.Build(), HttpMethod.Get, "/v1/customers"));

        Assert.Equal(TimeSpan.FromSeconds(3), Assert.Single(h.Notices).Delay);
        Assert.Equal(at, h.Time.GetUtcNow());
    }

    [Fact]
    public async Task ExecuteAsync_RetryAfterDateInPast_RetriesWithoutDelay()
    {
        using var h = new PipelineHarness();
        h.Handler.Respond(HttpStatusCode.ServiceUnavailable, r => r.Headers.RetryAfter = new RetryConditionHeaderValue(h.Time.GetUtcNow().AddMinutes(-1)))
            .Respond(HttpStatusCode.OK);

        using var response = await h.SendAsync(h.Build(), HttpMethod.Get, "/v1/customers");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(TimeSpan.Zero, Assert.Single(h.Notices).Delay);
    }

    [Fact]
    public async Task ExecuteAsync_RetryAfterBeyondMaxDelay_ReturnsResponseWithoutRetrying()
    {
        using var h = new PipelineHarness();
        h.Handler.Respond(HttpStatusCode.TooManyRequests, r => r.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(6)));

        using var response = await h.SendAsync(h.Build(), HttpMethod.Get, "/v1/customers");

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal(1, h.Handler.Attempts);
        Assert.Empty(h.Notices);
    }

    [Fact]
    public async Task ExecuteAsync_NoRetryAfter_BackoffDoublesUpToMaxDelay()
    {
        using var h = new PipelineHarness();
        h.Options.MaxRetries = 5;
        h.Options.MaxDelay = TimeSpan.FromSeconds(1.5);
        for (var i = 0; i < 6; i++) h.Handler.Respond(HttpStatusCode.InternalServerError);
        var start = h.Time.GetUtcNow();

        using var response = await h.DriveAsync(h.SendAsync(h.Build(), HttpMethod.Get, "/v1/customers"));

        double[] expected = [0.5, 1, 1.5, 1.5, 1.5];
        Assert.Equal(expected, h.Notices.Select(n => n.Delay.TotalSeconds));
        Assert.Equal(TimeSpan.FromSeconds(expected.Sum()), h.Time.GetUtcNow() - start);
    }

    [Theory]
    [InlineData(0.0, 0.375)]
    [InlineData(0.5, 0.5)]
    [InlineData(0.999, 0.62475)]
    public async Task ExecuteAsync_Jitter_SpreadsFirstDelayOverQuarterEitherSide(double random, double expectedSeconds)
    {
        using var h = new PipelineHarness();
        h.Options.UseJitter = true;
        h.Handler.Respond(HttpStatusCode.BadGateway).Respond(HttpStatusCode.OK);

        using var response = await h.DriveAsync(h.SendAsync(h.Build(random: () => random), HttpMethod.Get, "/v1/customers"));

        Assert.Equal(expectedSeconds, Assert.Single(h.Notices).Delay.TotalSeconds, 6);
    }
}
