using Polvo.Core.Tests.TestSupport;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Polvo.Stripe;
using Polvo.Stripe.Errors;
using Polvo.Stripe.Http;

namespace Polvo.Core.Tests.Stripe.Http;

/// <summary>
/// Conditions the emulator cannot produce: a proxy's non-JSON body (through a fake handler) and a refused
/// connection (through a real, closed loopback port). Everything else is tested over HTTP against the emulator.
/// </summary>
public class StripeRequestorTests
{
    private const string Secret = "sk_test_RequestorSecret55";

    [Fact]
    public async Task GetAsync_HtmlErrorBody_ThrowsApiExceptionWithStatusAndBodyStart()
    {
        using var http = new HttpClient(new FixedResponseHandler(HttpStatusCode.BadGateway, "<html>502 Bad Gateway from proxy</html>", "text/html"));
        using var client = new StripeClient(SingleAttempt.Apply(new StripeClientOptions { ApiKey = Secret, BaseUrl = new Uri("http://127.0.0.1:9/") }), http);

        var error = await Assert.ThrowsAsync<StripeApiException>(() => client.Customers.GetAsync("cus_1"));

        Assert.Contains("HTTP 502", error.Message);
        Assert.Contains("<html>502 Bad Gateway from proxy</html>", error.Message);
        Assert.Equal("req_fake", error.RequestId);
        Assert.DoesNotContain(Secret, error.ToString());
    }

    [Fact]
    public async Task GetAsync_SuccessStatusWithNonJsonBody_ThrowsApiException()
    {
        using var http = new HttpClient(new FixedResponseHandler(HttpStatusCode.OK, "hello, not json", "text/plain"));
        using var client = new StripeClient(SingleAttempt.Apply(new StripeClientOptions { ApiKey = Secret, BaseUrl = new Uri("http://127.0.0.1:9/") }), http);

        var error = await Assert.ThrowsAsync<StripeApiException>(() => client.Customers.GetAsync("cus_1"));

        Assert.Contains("HTTP 200", error.Message);
        Assert.Contains("hello, not json", error.Message);
    }

    [Fact]
    public async Task OnRequest_EveryAttempt_ReportsStatusRequestIdAndRedactedHeaders()
    {
        var events = new List<StripeRequestEvent>();
        using var http = new HttpClient(new FixedResponseHandler(HttpStatusCode.BadGateway, "<html/>", "text/html"));
        using var client = new StripeClient(SingleAttempt.Apply(new StripeClientOptions { ApiKey = Secret, BaseUrl = new Uri("http://127.0.0.1:9/"), OnRequest = events.Add }), http);

        await Assert.ThrowsAsync<StripeApiException>(() => client.Customers.GetAsync("cus_1"));

        var reported = Assert.Single(events);
        Assert.Equal("GET", reported.Method);
        Assert.Equal("/v1/customers/cus_1", reported.Path);
        Assert.Equal(502, reported.StatusCode);
        Assert.Equal("req_fake", reported.RequestId);
        Assert.Contains("Authorization: Bearer sk_test_…(redacted)", reported.FormatHeaders());
        Assert.DoesNotContain(Secret, reported.FormatHeaders());
        Assert.DoesNotContain(Secret, reported.ToString());
        Assert.StartsWith("GET /v1/customers/cus_1 -> 502 in ", reported.ToString());
    }

    [Fact]
    public async Task GetAsync_RefusedConnection_ThrowsConnectionExceptionWithoutKey()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        using var client = new StripeClient(SingleAttempt.Apply(new StripeClientOptions { ApiKey = Secret, BaseUrl = new Uri($"http://127.0.0.1:{port}/") }));

        var error = await Assert.ThrowsAsync<StripeConnectionException>(() => client.Customers.GetAsync("cus_1"));

        Assert.IsAssignableFrom<HttpRequestException>(error.InnerException);
        Assert.Contains($"127.0.0.1:{port}", error.Message);
        Assert.Contains("POLVO_STRIPE_BASE_URL", error.Message);
        Assert.DoesNotContain(Secret, error.ToString());
    }

    [Fact]
    public async Task GetAsync_BodyBreaksOffAfterHeaders_ThrowsConnectionExceptionWithoutKey()
    {
        var events = new List<StripeRequestEvent>();
        using var http = new HttpClient(new BrokenBodyHandler());
        using var client = new StripeClient(SingleAttempt.Apply(new StripeClientOptions { ApiKey = Secret, BaseUrl = new Uri("http://127.0.0.1:9/"), OnRequest = events.Add }), http);

        var error = await Assert.ThrowsAsync<StripeConnectionException>(() => client.Customers.GetAsync("cus_1"));

        Assert.IsAssignableFrom<IOException>(error.InnerException);
        Assert.Contains("POLVO_STRIPE_BASE_URL", error.Message);
        Assert.DoesNotContain(Secret, error.ToString());
        var reported = Assert.Single(events);
        Assert.Null(reported.StatusCode);
        Assert.IsType<StripeConnectionException>(reported.Exception);
    }

    [Fact]
    public async Task GetAsync_BodyBreaksOffOnFirstAttempt_RetriesAndDecodesSecond()
    {
        var handler = new BrokenBodyHandler(brokenAttempts: 1);
        using var http = new HttpClient(handler);
        var options = new StripeClientOptions
        {
            ApiKey = Secret,
            BaseUrl = new Uri("http://127.0.0.1:9/"),
            Resilience = new() { MaxRetries = 1, BaseDelay = TimeSpan.FromMilliseconds(1), UseJitter = false },
            RateLimit = new() { Enabled = false },
        };
        using var client = new StripeClient(options, http);

        var customer = await client.Customers.GetAsync("cus_1");

        Assert.Equal("cus_1", customer.Id);
        Assert.Equal(2, handler.Attempts);
    }

    private sealed class BrokenBodyHandler(int brokenAttempts = int.MaxValue) : HttpMessageHandler
    {
        public int Attempts { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK)
            {
                Content = ++Attempts <= brokenAttempts
                    ? new StreamContent(new BreaksOffStream())
                    : new StringContent("""{"id":"cus_1","object":"customer","created":5}""", Encoding.UTF8, "application/json"),
            });

        /// <summary>Sends the start of a JSON body, then fails as a connection reset mid-body does.</summary>
        private sealed class BreaksOffStream : Stream
        {
            private bool _sentStart;

            public override bool CanRead => true;
            public override bool CanSeek => false;
            public override bool CanWrite => false;
            public override long Length => throw new NotSupportedException();
            public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

            public override int Read(byte[] buffer, int offset, int count)
            {
                if (_sentStart)
                {
                    throw new IOException("The response ended prematurely.");
                }

                _sentStart = true;
                var start = Encoding.UTF8.GetBytes("""{"id":"cus_1","obj""");
                start.CopyTo(buffer, offset);
                return start.Length;
            }

            public override void Flush() { }
            public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
            public override void SetLength(long value) => throw new NotSupportedException();
            public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        }
    }

    private sealed class FixedResponseHandler(HttpStatusCode status, string body, string mediaType) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, mediaType) };
            response.Headers.Add("Request-Id", "req_fake");
            return Task.FromResult(response);
        }
    }
}
