namespace Polvo.Stripe.Configuration;

/// <summary>
/// Stripe's request budget per key, the client-side limiter's default rate when <c>StripeClientOptions.RateLimit</c>
/// sets none (see https://docs.stripe.com/rate-limits).
/// </summary>
public static class StripeRateLimits
{
    /// <summary>Requests per second Stripe allows a test-mode key (<c>sk_test_</c>, <c>rk_test_</c>).</summary>
    public const double TestModeRequestsPerSecond = 25;

    /// <summary>Requests per second Stripe allows a live-mode key.</summary>
    public const double LiveModeRequestsPerSecond = 100;

    /// <summary>The default rate for a key of <paramref name="mode"/>.</summary>
    /// <param name="mode">The key's mode.</param>
    /// <returns>25 for test keys, 100 for live keys.</returns>
    public static double DefaultRequestsPerSecond(StripeApiKeyMode mode) =>
        mode == StripeApiKeyMode.Live ? LiveModeRequestsPerSecond : TestModeRequestsPerSecond;
}
