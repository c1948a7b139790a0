using Polvo.RateLimiting;
using Polvo.Stripe;

namespace Polvo.Core.Tests.TestSupport;

/// <summary>
/// Options for tests of one attempt's behaviour (mapping, paging, encoding): no retries and no client-side
/// rate limit, so a scripted failure surfaces at once. Retries and the limiter have tests of their own.
/// </summary>
internal static class SingleAttempt
{
    public static StripeClientOptions Apply(StripeClientOptions options)
    {
        options.Resilience = new() { MaxRetries = 0 };
        options.RateLimit = new RateLimitOptions { Enabled = false };
        return options;
    }
}
