using System.Collections.Concurrent;
using System.Text;
using Polvo.Core.Tests.TestSupport;
using Polvo.Stripe;
using Polvo.Stripe.Errors;
using Polvo.Stripe.Services;

namespace Polvo.Core.Tests.Paging;

/// <summary>
/// Paging pipelines decoding with the next request: page N+1 is requested from page N's raw body, before page N
/// is decoded. Seen over real HTTP by making page 1 undecodable (the emulator only writes valid customers, so a
/// handler spoils one field of the real answer): its error surfaces, yet page 2 had already been requested.
/// </summary>
public sealed class PipelinedPagingOverHttpTests(SeededEmulatorFixture fixture) : IClassFixture<SeededEmulatorFixture>
{
    [Fact]
    public async Task ListAsync_FirstPageFailsToDecode_SecondPageWasRequestedBeforeDecodingAndNothingFurther()
    {
        string lastIdOfFirstPage;
        using (var plain = fixture.CreateClient())
        {
            lastIdOfFirstPage = (await plain.Customers.ListPagesAsync(new CustomerListOptions { Limit = 100 }).FirstAsync()).Data[^1].Id;
        }

        using var handler = new SpoilFirstPageHandler { InnerHandler = new SocketsHttpHandler() };
        using var http = new HttpClient(handler);
        using var client = new StripeClient(SingleAttempt.Apply(new StripeClientOptions { ApiKey = EmulatorFixture.ApiKey, BaseUrl = fixture.Emulator.BaseUrl }), http);
        var handedOut = 0;

        var error = await Assert.ThrowsAsync<StripeApiException>(async () =>
        {
            await foreach (var customer in client.Customers.ListAsync(new CustomerListOptions { Limit = 100 }))
            {
                handedOut++;
            }
        });

        Assert.Contains("not Stripe's JSON", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, handedOut); // page 1 never decoded, so nothing was handed out...
        var sent = handler.Sent.ToArray();
        Assert.Equal(2, sent.Length); // ...yet page 2 had been requested (and no page 3)
        Assert.DoesNotContain("starting_after", sent[0], StringComparison.Ordinal);
        Assert.Contains($"starting_after={lastIdOfFirstPage}", sent[1], StringComparison.Ordinal);
    }

    /// <summary>Records each request as it is sent; turns page 1's first <c>livemode</c> into a string no decoder accepts.</summary>
    private sealed class SpoilFirstPageHandler : DelegatingHandler
    {
        public ConcurrentQueue<string> Sent { get; } = new();

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var query = request.RequestUri!.Query;
            Sent.Enqueue(query);
            var response = await base.SendAsync(request, cancellationToken);
            if (query.Contains("starting_after", StringComparison.Ordinal))
            {
                return response;
            }

            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            var at = body.IndexOf("\"livemode\":false", StringComparison.Ordinal);
            Assert.True(at >= 0, "the emulator's page should carry livemode");
            response.Content = new StringContent(body.Remove(at, 16).Insert(at, "\"livemode\":\"no\""), Encoding.UTF8, "application/json");
            return response;
        }
    }
}
