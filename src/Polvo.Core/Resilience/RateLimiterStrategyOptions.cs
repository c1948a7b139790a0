using Polly;

namespace Polvo.Resilience;

/// <summary>Names the rate-limit strategy in Polly telemetry; it has no settings of its own.</summary>
internal sealed class RateLimiterStrategyOptions : ResilienceStrategyOptions
{
    public RateLimiterStrategyOptions() => Name = "PolvoRateLimiter";
}
