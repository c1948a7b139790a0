using System.Net;
using System.Net.Sockets;

namespace Polvo.Core.Tests.Resilience;

public class HttpRetryRulesTests
{
    /// <summary>The engine names no API: each client says which header (if any) overrides the status rule.</summary>
    private const string ShouldRetry = "X-Should-Retry";

    [Theory]
    [InlineData(409)]
    [InlineData(429)]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    public async Task ExecuteAsync_RetryableStatus_RetriesThenReturnsSuccess(int status)
    {
        using var h = new PipelineHarness();
        h.Handler.Respond((HttpStatusCode)status).Respond(HttpStatusCode.OK);

        using var response = await h.DriveAsync(h.SendAsync(h.Build(), HttpMethod.Get, "/v1/customers"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, h.Handler.Attempts);
        var notice = Assert.Single(h.Notices);
        Assert.Equal($"HTTP {status}", notice.Reason);
        Assert.Equal(1, notice.Attempt);
    }

    [Theory]
    [InlineData(400)]
    [InlineData(401)]
    [InlineData(402)]
    [InlineData(403)]
    [InlineData(404)]
    [InlineData(302)]
    public async Task ExecuteAsync_NonRetryableStatus_ReturnsResponseAsIs(int status)
    {
        using var h = new PipelineHarness();
        h.Handler.Respond((HttpStatusCode)status);

        using var response = await h.DriveAsync(h.SendAsync(h.Build(), HttpMethod.Get, "/v1/customers"));

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal(1, h.Handler.Attempts);
        Assert.Empty(h.Notices);
        Assert.False(((ScriptedHandler.TrackedContent)response.Content).IsDisposed);
    }

    [Fact]
    public async Task ExecuteAsync_ShouldRetryHeaderTrue_RetriesNonRetryableStatus()
    {
        using var h = new PipelineHarness();
        h.Options.ShouldRetryHeader = ShouldRetry;
        h.Handler.Respond(HttpStatusCode.BadRequest, r => r.Headers.Add(ShouldRetry, "true")).Respond(HttpStatusCode.OK);

        using var response = await h.DriveAsync(h.SendAsync(h.Build(), HttpMethod.Post, "/v1/charges"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"HTTP 400 ({ShouldRetry}: true)", Assert.Single(h.Notices).Reason);
    }

    [Fact]
    public async Task ExecuteAsync_ShouldRetryHeaderNotConfigured_TheHeaderIsIgnored()
    {
        using var h = new PipelineHarness();
        h.Handler.Respond(HttpStatusCode.BadRequest, r => r.Headers.Add(ShouldRetry, "true")).Respond(HttpStatusCode.OK);

        using var response = await h.DriveAsync(h.SendAsync(h.Build(), HttpMethod.Post, "/v1/charges"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(1, h.Handler.Attempts);
    }

    [Theory]
    [InlineData(409)]
    [InlineData(429)]
    [InlineData(503)]
    public async Task ExecuteAsync_ShouldRetryHeaderFalse_DoesNotRetryRetryableStatus(int status)
    {
        using var h = new PipelineHarness();
        h.Options.ShouldRetryHeader = ShouldRetry;
        h.Handler.Respond((HttpStatusCode)status, r => r.Headers.Add(ShouldRetry, "false"));

        using var response = await h.DriveAsync(h.SendAsync(h.Build(), HttpMethod.Post, "/v1/charges"));

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal(1, h.Handler.Attempts);
        Assert.Empty(h.Notices);
    }

    [Fact]
    public async Task ExecuteAsync_SuccessWithShouldRetryTrue_IsNotRetried()
    {
        using var h = new PipelineHarness();
        h.Options.ShouldRetryHeader = ShouldRetry;
        h.Handler.Respond(HttpStatusCode.OK, r => r.Headers.Add(ShouldRetry, "true"));

        using var response = await h.DriveAsync(h.SendAsync(h.Build(), HttpMethod.Get, "/v1/customers"));

        Assert.Equal(1, h.Handler.Attempts);
    }

    public static TheoryData<Exception> ConnectionFailures() => new()
    {
        new HttpRequestException("Connection refused (127.0.0.1:1)", new SocketException((int)SocketError.ConnectionRefused)),
        new HttpRequestException(HttpRequestError.ResponseEnded, "The response ended prematurely."),
        new IOException("Unable to read data from the transport connection."),
        new InvalidOperationException("wrapped", new SocketException((int)SocketError.ConnectionReset)),
    };

    [Theory]
    [MemberData(nameof(ConnectionFailures))]
    public async Task ExecuteAsync_ConnectionFailure_Retries(Exception failure)
    {
        using var h = new PipelineHarness();
        h.Handler.Throw(failure).Respond(HttpStatusCode.OK);

        using var response = await h.DriveAsync(h.SendAsync(h.Build(), HttpMethod.Get, "/v1/customers"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("connection failed: " + failure.Message, Assert.Single(h.Notices).Reason);
    }

    [Fact]
    public async Task ExecuteAsync_TlsFailure_IsNotRetried()
    {
        using var h = new PipelineHarness();
        h.Handler.Throw(new HttpRequestException(HttpRequestError.SecureConnectionError, "The SSL connection could not be established."));

        await Assert.ThrowsAsync<HttpRequestException>(() => h.DriveAsync(h.SendAsync(h.Build(), HttpMethod.Get, "/v1/customers")));
        Assert.Equal(1, h.Handler.Attempts);
    }

    [Fact]
    public async Task ExecuteAsync_ProgrammingError_IsNotRetried()
    {
        using var h = new PipelineHarness();
        h.Handler.Throw(new InvalidOperationException("bug"));

        await Assert.ThrowsAsync<InvalidOperationException>(() => h.DriveAsync(h.SendAsync(h.Build(), HttpMethod.Get, "/v1/customers")));
        Assert.Equal(1, h.Handler.Attempts);
    }

    [Fact]
    public async Task ExecuteAsync_RetriesExhausted_ReturnsLastResponseAndDisposesEarlierOnes()
    {
        using var h = new PipelineHarness();
        for (var i = 0; i < 4; i++) h.Handler.Respond(HttpStatusCode.ServiceUnavailable);

        using var response = await h.DriveAsync(h.SendAsync(h.Build(), HttpMethod.Get, "/v1/customers"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(4, h.Handler.Attempts);
        Assert.Equal([1, 2, 3], h.Notices.Select(n => n.Attempt));
        var contents = h.Handler.Responses.Select(r => (ScriptedHandler.TrackedContent)r.Content).ToList();
        Assert.All(contents.Take(3), c => Assert.True(c.IsDisposed));
        Assert.False(contents[3].IsDisposed);
        Assert.Same(h.Handler.Responses[3], response);
    }

    [Fact]
    public async Task ExecuteAsync_RetriesExhausted_ThrowsLastException()
    {
        using var h = new PipelineHarness();
        h.Options.MaxRetries = 2;
        h.Handler.Throw(new HttpRequestException("first")).Throw(new HttpRequestException("second")).Throw(new HttpRequestException("third"));

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => h.DriveAsync(h.SendAsync(h.Build(), HttpMethod.Get, "/v1/customers")));

        Assert.Equal("third", error.Message);
        Assert.Equal(3, h.Handler.Attempts);
    }

    [Fact]
    public async Task ExecuteAsync_MaxRetriesZero_SendsOnce()
    {
        using var h = new PipelineHarness();
        h.Options.MaxRetries = 0;
        h.Handler.Respond(HttpStatusCode.ServiceUnavailable);

        using var response = await h.DriveAsync(h.SendAsync(h.Build(), HttpMethod.Get, "/v1/customers"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(1, h.Handler.Attempts);
    }
}
