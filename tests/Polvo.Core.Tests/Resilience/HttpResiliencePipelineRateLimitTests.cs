using System.Net;
using System.Net.Http.Headers;
using Polvo.RateLimiting;

namespace Polvo.Core.Tests.Resilience;

public class HttpResiliencePipelineRateLimitTests
{
    [Fact]
    public async Task ExecuteAsync_WithLimiter_RetryWaitsForItsTurnToo()
    {
        using var h = new PipelineHarness();
        var limiter = new ApiRateLimiter(1, 1, h.Time);
        h.Handler.Respond(HttpStatusCode.ServiceUnavailable).Respond(HttpStatusCode.OK);
        var start = h.Time.GetUtcNow();

        using var response = await h.DriveAsync(h.SendAsync(h.Build(limiter), HttpMethod.Get, "/v1/customers"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(0.5), Assert.Single(h.Notices).Delay);
        Assert.Equal(TimeSpan.FromSeconds(1), h.Time.GetUtcNow() - start);
    }

    [Fact]
    public async Task ExecuteAsync_429_SlowsTheSharedLimiter()
    {
        using var h = new PipelineHarness();
        var limiter = new ApiRateLimiter(10, 1, h.Time);
        h.Handler.Respond(HttpStatusCode.TooManyRequests, r => r.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(1)))
            .Respond(HttpStatusCode.OK);

        using var response = await h.DriveAsync(h.SendAsync(h.Build(limiter), HttpMethod.Get, "/v1/customers"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(5, limiter.CurrentRequestsPerSecond);
    }

    [Fact]
    public async Task ExecuteAsync_CallerCancelsWhileQueuedOnLimiter_ThrowsWithoutSending()
    {
        using var h = new PipelineHarness();
        var limiter = new ApiRateLimiter(1, 1, h.Time);
        await limiter.AcquireAsync();
        h.Handler.Respond(HttpStatusCode.OK);
        using var cts = new CancellationTokenSource();

        var send = h.SendAsync(h.Build(limiter), HttpMethod.Get, "/v1/customers", cancellationToken: cts.Token);
        await h.Time.WaitForPendingTimersAsync(1);
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => send);
        Assert.Equal(0, h.Handler.Attempts);
        Assert.Empty(h.Notices);
    }
}
