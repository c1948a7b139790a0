using System.Net;
using Polvo.Resilience;

namespace Polvo.Core.Tests.Resilience;

public class HttpResiliencePipelineTests
{
    [Fact]
    public async Task ExecuteAsync_RetriedPost_ReusesIdempotencyKeyOnFreshRequests()
    {
        using var h = new PipelineHarness();
        h.Handler.Throw(new HttpRequestException("reset")).Respond(HttpStatusCode.InternalServerError).Respond(HttpStatusCode.OK);

        using var response = await h.DriveAsync(h.SendAsync(h.Build(), HttpMethod.Post, "/v1/customers", idempotencyKey: "polvo-key-1"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["polvo-key-1", "polvo-key-1", "polvo-key-1"], h.Handler.IdempotencyKeys);
        Assert.Equal(3, h.Handler.Requests.Distinct().Count());
    }

    [Fact]
    public async Task PipelineExecuteAsync_RequestorPattern_SendsFreshAttemptsWithOneKey()
    {
        using var h = new PipelineHarness();
        h.Handler.Respond(HttpStatusCode.Conflict).Respond(HttpStatusCode.OK);
        var requestor = new AttemptRequestor(h.Client);
        var state = (requestor, request: new LogicalRequest(HttpMethod.Post, "/v1/customers", "key-42"));
        var pipeline = h.Build().Pipeline;

        using var response = await h.DriveAsync(pipeline.ExecuteAsync(
            static async (state, ct) => await state.requestor.SendAttemptAsync(state.request, ct), state, CancellationToken.None).AsTask());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["key-42", "key-42"], h.Handler.IdempotencyKeys);
        Assert.Equal("POST /v1/customers", Assert.Single(h.Notices).Request);
    }

    [Fact]
    public async Task ExecuteAsync_Notices_NameRequestAndNeverTheKey()
    {
        using var h = new PipelineHarness();
        h.Handler.Respond(HttpStatusCode.ServiceUnavailable).Throw(new HttpRequestException("Connection refused")).Respond(HttpStatusCode.OK);

        using var response = await h.DriveAsync(h.SendAsync(h.Build(), HttpMethod.Get, "/v1/customers"));

        Assert.Equal(2, h.Notices.Count);
        Assert.All(h.Notices, n => Assert.Equal("GET /v1/customers", n.Request));
        Assert.Equal("GET /v1/customers: HTTP 503; retry 1 of 3 in 0.5s", h.Notices[0].ToString());
        Assert.Equal("GET /v1/customers: connection failed: Connection refused; retry 2 of 3 in 1s", h.Notices[1].ToString());
        Assert.All(h.Notices, n => Assert.DoesNotContain("sk_test", n.ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task ExecuteAsync_EmptyRequestLabel_ThrowsArgumentException()
    {
        using var h = new PipelineHarness();
        var pipeline = h.Build();

        await Assert.ThrowsAsync<ArgumentException>(() => pipeline.ExecuteAsync("", static (_, _) => default(ValueTask<HttpResponseMessage>), 0).AsTask());
    }

    [Fact]
    public void Create_InvalidOptions_ThrowsBeforeBuilding()
    {
        var error = Assert.Throws<ArgumentException>(() => HttpResiliencePipelineFactory.Create(new HttpResilienceOptions { MaxRetries = -1 }));
        Assert.Contains("MaxRetries", error.Message, StringComparison.Ordinal);
    }

    private sealed record LogicalRequest(HttpMethod Method, string Path, string IdempotencyKey);

    /// <summary>Stands in for the client's requestor: one fresh HttpRequestMessage per attempt.</summary>
    private sealed class AttemptRequestor(HttpClient client)
    {
        public async ValueTask<HttpResponseMessage> SendAttemptAsync(LogicalRequest request, CancellationToken cancellationToken)
        {
            var message = new HttpRequestMessage(request.Method, request.Path);
            message.Headers.Add("Idempotency-Key", request.IdempotencyKey);
            return await client.SendAsync(message, cancellationToken).ConfigureAwait(false);
        }
    }
}
