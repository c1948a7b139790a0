using System.Net;
using Polly.Timeout;

namespace Polvo.Core.Tests.Resilience;

public class HttpTimeoutTests
{
    [Fact]
    public async Task ExecuteAsync_AttemptTimesOut_IsRetried()
    {
        using var h = new PipelineHarness();
        h.Options.AttemptTimeout = TimeSpan.FromSeconds(1);
        h.Handler.Hang().Respond(HttpStatusCode.OK);

        var send = h.SendAsync(h.Build(), HttpMethod.Get, "/v1/customers");
        await h.Handler.WaitForAttemptsAsync(1);
        await h.Time.WaitForPendingTimersAsync(1);
        h.Time.Advance(TimeSpan.FromSeconds(1));
        using var response = await h.DriveAsync(send);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var notice = Assert.Single(h.Notices);
        Assert.Equal("attempt timed out after 1s", notice.Reason);
        Assert.Equal(TimeSpan.FromSeconds(0.5), notice.Delay);
    }

    [Fact]
    public async Task ExecuteAsync_LastAttemptTimesOut_ThrowsTimeoutRejected()
    {
        using var h = new PipelineHarness();
        h.Options.MaxRetries = 0;
        h.Options.AttemptTimeout = TimeSpan.FromSeconds(1);
        h.Handler.Hang();

        var send = h.SendAsync(h.Build(), HttpMethod.Get, "/v1/customers");
        await h.Handler.WaitForAttemptsAsync(1);
        await h.Time.WaitForPendingTimersAsync(1);
        h.Time.Advance(TimeSpan.FromSeconds(1));

        await Assert.ThrowsAsync<TimeoutRejectedException>(() => send);
    }

    [Fact]
    public async Task ExecuteAsync_HttpClientTimeout_IsRetried()
    {
        using var h = new PipelineHarness();
        h.Handler.Throw(new TaskCanceledException("The request was canceled due to the configured HttpClient.Timeout of 100 seconds elapsing.", new TimeoutException()))
            .Respond(HttpStatusCode.OK);

        using var response = await h.DriveAsync(h.SendAsync(h.Build(), HttpMethod.Get, "/v1/customers"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("attempt timed out: ", Assert.Single(h.Notices).Reason);
    }

    [Fact]
    public async Task ExecuteAsync_CallerCancelsDuringAttempt_ThrowsOperationCanceledWithoutRetry()
    {
        using var h = new PipelineHarness();
        h.Options.AttemptTimeout = TimeSpan.FromSeconds(30);
        h.Handler.Hang().Respond(HttpStatusCode.OK);
        using var cts = new CancellationTokenSource();

        var send = h.SendAsync(h.Build(), HttpMethod.Get, "/v1/customers", cancellationToken: cts.Token);
        await h.Handler.WaitForAttemptsAsync(1);
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => send);
        Assert.Equal(1, h.Handler.Attempts);
        Assert.Empty(h.Notices);
    }

    [Fact]
    public async Task ExecuteAsync_CallerCancelsDuringRetryDelay_StopsWithoutAnotherAttempt()
    {
        using var h = new PipelineHarness();
        h.Handler.Respond(HttpStatusCode.ServiceUnavailable).Respond(HttpStatusCode.OK);
        using var cts = new CancellationTokenSource();

        var send = h.SendAsync(h.Build(), HttpMethod.Get, "/v1/customers", cancellationToken: cts.Token);
        await h.Time.WaitForPendingTimersAsync(1);
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => send);
        Assert.Equal(1, h.Handler.Attempts);
        Assert.True(((ScriptedHandler.TrackedContent)h.Handler.Responses[0].Content).IsDisposed);
    }

    [Fact]
    public async Task ExecuteAsync_OverallDeadlinePasses_ThrowsTimeoutRejectedWithoutRetry()
    {
        using var h = new PipelineHarness();
        h.Options.OverallTimeout = TimeSpan.FromSeconds(2);
        h.Handler.Hang().Respond(HttpStatusCode.OK);

        var send = h.SendAsync(h.Build(), HttpMethod.Get, "/v1/customers");
        await h.Handler.WaitForAttemptsAsync(1);
        await h.Time.WaitForPendingTimersAsync(1);
        h.Time.Advance(TimeSpan.FromSeconds(2));

        var error = await Assert.ThrowsAsync<TimeoutRejectedException>(() => send);
        Assert.Equal(TimeSpan.FromSeconds(2), error.Timeout);
        Assert.Equal(1, h.Handler.Attempts);
        Assert.Empty(h.Notices);
    }

    [Fact]
    public async Task ExecuteAsync_OverallDeadlineDuringBackoff_StopsRetrying()
    {
        using var h = new PipelineHarness();
        h.Options.OverallTimeout = TimeSpan.FromSeconds(1);
        h.Options.BaseDelay = TimeSpan.FromSeconds(2);
        h.Handler.Respond(HttpStatusCode.ServiceUnavailable).Respond(HttpStatusCode.OK);

        var send = h.SendAsync(h.Build(), HttpMethod.Get, "/v1/customers");
        await h.Time.WaitForPendingTimersAsync(2);
        h.Time.Advance(TimeSpan.FromSeconds(1));

        await Assert.ThrowsAsync<TimeoutRejectedException>(() => send);
        Assert.Equal(1, h.Handler.Attempts);
    }
}
