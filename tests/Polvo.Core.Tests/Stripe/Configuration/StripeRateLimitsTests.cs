using Polvo.Core.Tests.TestSupport;
using Polvo.RateLimiting;
using Polvo.Stripe;
using Polvo.Stripe.Configuration;

namespace Polvo.Core.Tests.Stripe.Configuration;

/// <summary>Stripe's per-key budget is the Stripe client's rule, given to the API-neutral limiter as its default rate.</summary>
public class StripeRateLimitsTests
{
    [Theory]
    [InlineData("sk_test_RateDefaults1", 25, 22)]
    [InlineData("rk_live_RateDefaults2", 100, 90)]
    public void Client_WithoutRateLimit_SharesALimiterAtStripesBudgetForTheKeysMode(string key, double rate, int burst)
    {
        var registry = new RateLimiterRegistry(new FakeTimeProvider());
        var baseUrl = new Uri("https://api.example.com/");
        using var client = new StripeClient(new StripeClientOptions { ApiKey = key, BaseUrl = baseUrl, RateLimiters = registry });

        var limiter = registry.GetOrCreate(client.ApiKey.Fingerprint, baseUrl, defaultRequestsPerSecond: 1);

        Assert.Equal(1, registry.Count);
        Assert.Equal(rate, limiter.RequestsPerSecond);
        Assert.Equal(burst, limiter.Burst);
    }
}
