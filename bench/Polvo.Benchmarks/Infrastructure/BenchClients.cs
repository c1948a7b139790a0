using Polvo.RateLimiting;
using Polvo.Resilience;
using Polvo.Stripe;

namespace Polvo.Benchmarks.Infrastructure;

/// <summary>Builds the Polvo clients and plain HTTP clients the scenarios use, all with the one test key.</summary>
internal static class BenchClients
{
    public const string ApiKey = "sk_test_polvo_bench";

    /// <summary>
    /// A Polvo client with its own limiter registry (so scenarios never share a limiter's state).
    /// <paramref name="requestsPerSecond"/> null turns the client-side limiter off (for an emulator without a rate limit).
    /// </summary>
    public static StripeClient Polvo(Uri baseUrl, double? requestsPerSecond, HttpResilienceOptions? resilience = null, RequestTimeline? timeline = null) => new(new StripeClientOptions
    {
        OnRequest = timeline is null ? null : timeline.Record,
        ApiKey = ApiKey,
        BaseUrl = baseUrl,
        RateLimit = requestsPerSecond is { } rate ? new RateLimitOptions { RequestsPerSecond = rate } : new RateLimitOptions { Enabled = false },
        RateLimiters = new RateLimiterRegistry(),
        Resilience = resilience ?? new HttpResilienceOptions(),
    });

    public static HttpClient Http() => new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) }) { Timeout = TimeSpan.FromMinutes(2) };

    public static RawCustomerPager RawPager(HttpClient http, Uri baseUrl) => new(http, baseUrl, ApiKey);
}
