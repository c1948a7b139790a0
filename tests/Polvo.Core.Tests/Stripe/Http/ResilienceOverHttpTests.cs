using System.Collections.Concurrent;
using System.Net;
using Polvo.Core.Tests.Resilience;
using Polvo.Core.Tests.TestSupport;
using Polvo.Emulator;
using Polvo.Parallel;
using Polvo.RateLimiting;
using Polvo.Resilience;
using Polvo.Stripe;
using Polvo.Stripe.Configuration;
using Polvo.Stripe.Errors;
using Polvo.Stripe.Services;

namespace Polvo.Core.Tests.Stripe.Http;

/// <summary>
/// The retries and the shared rate limiter as wired into the real client, against the real emulator with its
/// fault switches on. Each test has an emulator of its own (faults apply to every request). Delays are 1-20 ms,
/// so nothing waits long; no assertion depends on timing.
/// </summary>
public sealed class ResilienceOverHttpTests
{
    private const string Key = EmulatorFixture.ApiKey;

    [Fact]
    public async Task CreateAsync_EveryFaultKindOn_EachOf200ParallelCreatesExistsExactlyOnce()
    {
        await using var emulator = await Clients.StartDedicatedAsync(o =>
        {
            o.FaultRate = 0.1;
            o.ResetRate = 0.05;
            o.LockTimeoutRate = 0.05;
            o.ResetAfterCommitRate = 0.05;
        });
        using var client = CreateClient(emulator, maxRetries: 12);
        const int count = 200;
        var email = Unique.Email("faults");
        var before = emulator.CustomerCount;

        var results = await FanOut.RunAsync(
            Enumerable.Range(0, count),
            async (n, ct) => await client.Customers.CreateAsync(
                new CustomerCreateOptions { Email = email, Metadata = new() { ["n"] = n.ToString(System.Globalization.CultureInfo.InvariantCulture) } }, cancellationToken: ct),
            new FanOutOptions { MaxConcurrency = 16 }).ToListAsync();
        emulator.Faults.Clear();

        Assert.All(results, r => Assert.Null(r.Exception));
        Assert.Equal(before + count, emulator.CustomerCount);
        var listed = await client.Customers.ListAsync(new CustomerListOptions { Email = email, Limit = 100 }).ToListAsync();
        var markers = listed.Select(c => c.Metadata!["n"]).ToList();
        Assert.Equal(count, markers.Count);
        Assert.Equal(count, markers.Distinct().Count());
        Assert.Equal(count, results.Select(r => r.Value!.Id).Distinct().Count());

        // The run really went through every fault, including connections dropped after the object was created.
        var faults = emulator.Requests.Snapshot().Where(r => r.Method == "POST").Select(r => r.Fault).ToHashSet();
        Assert.Superset(new HashSet<EmulatorFault> { EmulatorFault.ServerError, EmulatorFault.ConnectionReset, EmulatorFault.LockTimeout, EmulatorFault.ResetAfterCommit }, faults);
    }

    [Fact]
    public async Task ListAndGet_FaultsOn_ReturnEverySeededCustomer()
    {
        await using var emulator = await Clients.StartDedicatedAsync(o => o.SeedCustomers = 30);
        using var client = CreateClient(emulator, maxRetries: 12);
        emulator.Faults.FaultRate = 0.15;
        emulator.Faults.ResetRate = 0.1;
        emulator.Faults.LockTimeoutRate = 0.1;

        var listed = await client.Customers.ListAsync(new CustomerListOptions { Limit = 5 }).ToListAsync();
        var got = new List<string>();
        foreach (var customer in listed)
        {
            got.Add((await client.Customers.GetAsync(customer.Id)).Id);
        }

        Assert.Equal(30, listed.Select(c => c.Id).Distinct().Count());
        Assert.Equal(listed.Select(c => c.Id), got);
        Assert.Contains(emulator.Requests.Snapshot(), r => r.Method == "GET" && r.FaultInjected);
    }

    [Fact]
    public async Task GetAsync_NotFound_IsSentOnce()
    {
        await using var emulator = await Clients.StartDedicatedAsync();
        using var client = CreateClient(emulator, maxRetries: 5);

        await Assert.ThrowsAsync<StripeNotFoundException>(() => client.Customers.GetAsync("cus_doesNotExist"));

        var record = Assert.Single(emulator.Requests.Snapshot());
        Assert.Equal(404, record.StatusCode);
    }

    [Fact]
    public async Task SendAsync_BadRequest_IsSentOnce()
    {
        await using var emulator = await Clients.StartDedicatedAsync();
        using var client = CreateClient(emulator, maxRetries: 5);

        var error = await Assert.ThrowsAsync<StripeInvalidRequestException>(
            () => client.Raw.SendAsync(HttpMethod.Get, "/v1/customers", new Dictionary<string, object?> { ["limit"] = 1000 }));

        Assert.Equal("limit", error.Param);
        var record = Assert.Single(emulator.Requests.Snapshot());
        Assert.Equal(400, record.StatusCode);
    }

    [Fact]
    public async Task GetAsync_ServerErrorWithShouldRetryFalse_IsNotRetried()
    {
        // The emulator always allows a retry of its injected 500s, so this answer comes from a scripted handler.
        var handler = new ScriptedHandler()
            .Respond(HttpStatusCode.InternalServerError, r =>
            {
                r.Headers.Add("Stripe-Should-Retry", "false");
                r.Content = new StringContent("""{"error":{"type":"api_error","message":"Charge state unknown; do not retry."}}""");
            })
            .Respond(HttpStatusCode.OK);
        using var http = new HttpClient(handler);
        var notices = new ConcurrentQueue<RetryNotice>();
        using var client = new StripeClient(Options(new Uri("http://127.0.0.1:9/"), maxRetries: 3, notices), http);

        var error = await Assert.ThrowsAsync<StripeApiException>(() => client.Customers.GetAsync("cus_1"));

        Assert.Equal(1, handler.Attempts);
        Assert.Empty(notices);
        Assert.Equal(HttpStatusCode.InternalServerError, error.HttpStatus);
    }

    [Fact]
    public async Task OnRetry_ServerAlwaysFails_EachNoticeHasReasonAndDelayAndNeverTheKey()
    {
        await using var emulator = await Clients.StartDedicatedAsync(o => o.FaultRate = 1);
        var notices = new ConcurrentQueue<RetryNotice>();
        using var client = new StripeClient(Options(emulator.BaseUrl, maxRetries: 2, notices));

        await Assert.ThrowsAsync<StripeApiException>(() => client.Customers.CreateAsync(new CustomerCreateOptions { Email = Unique.Email("notice") }));

        Assert.Equal([1, 2], notices.Select(n => n.Attempt));
        Assert.All(notices, n =>
        {
            Assert.Equal("POST /v1/customers", n.Request);
            Assert.StartsWith("HTTP 500", n.Reason, StringComparison.Ordinal);
            Assert.InRange(n.Delay, TimeSpan.FromTicks(1), TimeSpan.FromMilliseconds(20));
            Assert.Equal(2, n.MaxRetries);
            Assert.DoesNotContain(Key, n.ToString(), StringComparison.Ordinal);
            Assert.DoesNotContain("PolvoOverHttpSecret", n.ToString(), StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task GetAsync_MaxRetriesExhausted_ThrowsStripeApiExceptionWithTheLastRequestId()
    {
        await using var emulator = await Clients.StartDedicatedAsync(o => o.FaultRate = 1);
        using var client = CreateClient(emulator, maxRetries: 3);

        var error = await Assert.ThrowsAsync<StripeApiException>(() => client.Customers.GetAsync("cus_any"));

        Assert.Equal(HttpStatusCode.InternalServerError, error.HttpStatus);
        Assert.Equal("api_error", error.Type);
        Assert.StartsWith("req_", error.RequestId, StringComparison.Ordinal);
        Assert.Equal(4, emulator.Requests.Count("GET", "/v1/customers/cus_any"));
        Assert.DoesNotContain(Key, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RateLimiter_TwoClientsSameKeyAndUrl_ShareOneLimiterThatA429SlowsDown()
    {
        // The emulator's clock never moves either: its one token never refills, however slowly a loaded machine runs.
        await using var emulator = await Clients.StartDedicatedAsync(o => { o.RateLimit = 1; o.TimeProvider = new FakeTimeProvider(); });
        // A clock that never moves: the limiter's state after the burst and the 429 is exact, and nothing waits on it.
        var registry = new RateLimiterRegistry(new FakeTimeProvider());
        var limit = new RateLimitOptions { RequestsPerSecond = 40, Burst = 4 };
        using var first = CreateClient(emulator, maxRetries: 0, o => { o.RateLimiters = registry; o.RateLimit = limit; });
        using var second = CreateClient(emulator, maxRetries: 0, o => { o.RateLimiters = registry; o.RateLimit = limit; });
        var limiter = registry.GetOrCreate(first.ApiKey.Fingerprint, emulator.BaseUrl, StripeRateLimits.TestModeRequestsPerSecond);

        Assert.Equal(1, registry.Count);
        Assert.Equal(40, limiter.CurrentRequestsPerSecond);
        await first.Customers.ListAsync(new CustomerListOptions { Limit = 1 }).ToListAsync(); // takes the emulator's only token
        var rateLimited = await Assert.ThrowsAsync<StripeRateLimitException>(
            () => second.Customers.ListAsync(new CustomerListOptions { Limit = 1 }).ToListAsync().AsTask());

        Assert.Equal("rate_limit", rateLimited.Code);
        Assert.Equal(20, limiter.CurrentRequestsPerSecond); // halved by the 429 the second client got
        Assert.Equal(1, emulator.Requests.Count429);
    }

    [Fact]
    public async Task RateLimiter_ClientLimitedToTheServersRate_SixtyParallelRequestsGetNo429()
    {
        // The one test here that takes real time (about 3 s): the limiter paces 60 requests at the server's 20/s.
        await using var emulator = await Clients.StartDedicatedAsync(o => { o.RateLimit = 20; o.SeedCustomers = 1; });
        // Burst 10 of the server's 20: this tests the pacing, and half a second of slack keeps it true on a loaded
        // machine, where requests released on time can reach the server late and together. (The default burst of
        // nine tenths is measured by the export benchmark, which counts 429s.)
        using var client = CreateClient(emulator, maxRetries: 0, o => o.RateLimit = new RateLimitOptions { RequestsPerSecond = 20, Burst = 10 });

        var results = await FanOut.RunAsync(
            Enumerable.Range(0, 60),
            async (_, ct) => await client.Customers.ListAsync(new CustomerListOptions { Limit = 1 }, cancellationToken: ct).FirstAsync(ct),
            new FanOutOptions { MaxConcurrency = 8 }).ToListAsync();

        Assert.All(results, r => Assert.Null(r.Exception));
        Assert.Equal(60, emulator.Requests.Total);
        Assert.Equal(0, emulator.Requests.Count429);
    }

    private static StripeClient CreateClient(StripeEmulator emulator, int maxRetries, Action<StripeClientOptions>? configure = null)
    {
        var options = Options(emulator.BaseUrl, maxRetries, notices: null);
        configure?.Invoke(options);
        return new StripeClient(options);
    }

    private static StripeClientOptions Options(Uri baseUrl, int maxRetries, ConcurrentQueue<RetryNotice>? notices) => new()
    {
        ApiKey = Key,
        BaseUrl = baseUrl,
        Resilience = new HttpResilienceOptions
        {
            MaxRetries = maxRetries,
            BaseDelay = TimeSpan.FromMilliseconds(1),
            MaxDelay = TimeSpan.FromMilliseconds(20),
            OnRetry = notices is null ? null : notices.Enqueue,
        },
        RateLimit = new RateLimitOptions { Enabled = false },
        RateLimiters = new RateLimiterRegistry(),
    };
}
