using Polvo.Core.Tests.TestSupport;
using Polvo.Stripe.Errors;
using Polvo.Stripe.Http;
using Polvo.Stripe.Services;

namespace Polvo.Core.Tests.Stripe.Http;

/// <summary>The logging hook (<c>StripeClientOptions.OnRequest</c>) over real HTTP.</summary>
public sealed class OnRequestHookOverHttpTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    [Fact]
    public async Task OnRequest_EveryPageAndWrite_ReportsMethodPathStatusAndTheHeaderRequestId()
    {
        var recorder = new RequestRecorder();
        using var captured = new CapturedClient(fixture.Emulator, configure: o => o.OnRequest = recorder.Record);
        var email = Unique.Email("hook");
        for (var i = 0; i < 3; i++)
        {
            await captured.Client.Customers.CreateAsync(new CustomerCreateOptions { Email = email });
        }

        var listed = await captured.Client.Customers.ListAsync(new CustomerListOptions { Email = email, Limit = 1 }).ToListAsync();

        Assert.Equal(3, listed.Count);
        var events = recorder.Events;
        var wire = captured.Capture.Exchanges;
        Assert.Equal(6, events.Count); // 3 creates + 3 pages of one
        Assert.Equal(["POST", "POST", "POST", "GET", "GET", "GET"], events.Select(e => e.Method));
        Assert.All(events.Take(3), e => Assert.Equal("/v1/customers", e.Path));
        Assert.Equal($"/v1/customers?limit=1&email={Uri.EscapeDataString(email)}", events[3].Path);
        Assert.Contains("starting_after=", events[4].Path);
        Assert.All(events, e => Assert.Equal(200, e.StatusCode));
        Assert.Equal(wire.Select(w => w.ResponseHeader("Request-Id")), events.Select(e => e.RequestId));
        Assert.Equal(6, events.Select(e => e.RequestId).Distinct().Count());
        Assert.Equal(wire.Take(3).Select(w => w.RequestHeader("Idempotency-Key")), events.Take(3).Select(e => e.IdempotencyKey));
        Assert.All(events, e => Assert.Null(e.Exception));
    }

    [Fact]
    public async Task OnRequest_ErrorResponse_ReportsStatusAndTheSameRequestIdAsTheException()
    {
        var recorder = new RequestRecorder();
        using var client = fixture.CreateClient(o => o.OnRequest = recorder.Record);

        var error = await Assert.ThrowsAsync<StripeNotFoundException>(() => client.Customers.GetAsync("cus_nothere000000"));

        var reported = Assert.Single(recorder.Events);
        Assert.Equal(404, reported.StatusCode);
        Assert.Equal(error.RequestId, reported.RequestId);
        Assert.StartsWith("GET /v1/customers/cus_nothere000000 -> 404 in ", reported.ToString());
    }

    [Fact]
    public async Task OnRequest_RedactedHeaders_NeverContainTheKey()
    {
        var recorder = new RequestRecorder();
        using var client = fixture.CreateClient(o => { o.OnRequest = recorder.Record; o.StripeAccount = "acct_123"; });

        var email = Unique.Email("redact");
        await client.Customers.CreateAsync(new CustomerCreateOptions { Email = email });
        await client.Customers.ListAsync(new CustomerListOptions { Email = email }).ToListAsync();

        Assert.Equal(2, recorder.Events.Count);
        foreach (var reported in recorder.Events)
        {
            var headers = reported.RequestHeaders.ToDictionary(h => h.Key, h => h.Value);
            Assert.Equal("Bearer sk_test_…(redacted)", headers["Authorization"]);
            Assert.Equal("2020-08-27", headers["Stripe-Version"]);
            Assert.Equal("acct_123", headers["Stripe-Account"]);
            Assert.DoesNotContain(EmulatorFixture.ApiKey, reported.FormatHeaders());
            Assert.DoesNotContain(EmulatorFixture.ApiKey, reported.ToString());
            Assert.DoesNotContain(EmulatorFixture.ApiKey, reported.Path);
        }
    }

    [Fact]
    public async Task OnRequest_HookThrows_RequestsStillSucceed()
    {
        var calls = 0;
        using var client = fixture.CreateClient(o => o.OnRequest = _ =>
        {
            Interlocked.Increment(ref calls);
            throw new InvalidOperationException("a broken logger");
        });

        var created = await client.Customers.CreateAsync(new CustomerCreateOptions { Email = Unique.Email("throwing") });
        var fetched = await client.Customers.GetAsync(created.Id);
        var missing = await Assert.ThrowsAsync<StripeNotFoundException>(() => client.Customers.GetAsync("cus_nothere000001"));

        Assert.Equal(created.Id, fetched.Id);
        Assert.Equal("resource_missing", missing.Code);
        Assert.Equal(3, calls);
    }

    [Fact]
    public async Task OnRequest_NoResponse_ReportsTheFailureWithoutStatus()
    {
        await using var emulator = await Clients.StartDedicatedAsync();
        emulator.Faults.ResetRate = 1; // every connection dropped before any answer
        var recorder = new RequestRecorder();
        using var client = Clients.Create(emulator, o => o.OnRequest = recorder.Record);

        await Assert.ThrowsAsync<StripeConnectionException>(() => client.Customers.GetAsync("cus_any"));

        var reported = Assert.Single(recorder.Events);
        Assert.Null(reported.StatusCode);
        Assert.Null(reported.RequestId);
        Assert.IsType<StripeConnectionException>(reported.Exception);
        Assert.DoesNotContain(EmulatorFixture.ApiKey, reported.Exception.ToString());
    }
}
