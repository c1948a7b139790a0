using System.Net;
using System.Net.Sockets;
using Polvo.Core.Tests.TestSupport;
using Polvo.Stripe;
using Polvo.Stripe.Errors;
using Polvo.Stripe.Http;

namespace Polvo.Core.Tests.Stripe.Http;

/// <summary>A server that accepts the connection and never answers (the emulator always answers), on a clock the test moves.</summary>
public class StripeRequestorTimeoutTests
{
    [Fact]
    public async Task GetAsync_NoResponseWithinTimeout_ThrowsTimeoutExceptionAndReportsIt()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var time = new FakeTimeProvider();
        var events = new List<StripeRequestEvent>();
        using var client = new StripeClient(SingleAttempt.Apply(new StripeClientOptions
        {
            ApiKey = "sk_test_TimeoutSecret1",
            BaseUrl = new Uri($"http://127.0.0.1:{port}/"),
            Timeout = TimeSpan.FromSeconds(30),
            TimeProvider = time,
            OnRequest = events.Add,
        }));

        var call = client.Customers.GetAsync("cus_1");
        using var silent = await listener.AcceptTcpClientAsync(); // the attempt (and its timeout timer) is under way
        time.Advance(TimeSpan.FromSeconds(29));
        Assert.False(call.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(2));

        var error = await Assert.ThrowsAsync<StripeTimeoutException>(() => call);
        Assert.Contains("StripeClientOptions.Timeout", error.Message);
        Assert.DoesNotContain("TimeoutSecret1", error.ToString());
        var reported = Assert.Single(events);
        Assert.IsType<StripeTimeoutException>(reported.Exception);
        Assert.Null(reported.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(31), reported.Elapsed);
    }

    [Fact]
    public async Task GetAsync_CallerCancels_ThrowsOperationCanceledNotTimeout()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        using var client = new StripeClient(SingleAttempt.Apply(new StripeClientOptions { ApiKey = "sk_test_1", BaseUrl = new Uri($"http://127.0.0.1:{port}/"), TimeProvider = new FakeTimeProvider() }));
        using var cancellation = new CancellationTokenSource();

        var call = client.Customers.GetAsync("cus_1", cancellationToken: cancellation.Token);
        using var silent = await listener.AcceptTcpClientAsync();
        await cancellation.CancelAsync();

        var error = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        Assert.IsNotType<StripeTimeoutException>(error);
    }
}
