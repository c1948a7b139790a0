using Polly;
using Polvo.RateLimiting;

namespace Polvo.Resilience;

/// <summary>
/// Builds a client's pipeline: overall deadline → retry → client-side rate limit (optional) → per-attempt timeout.
/// </summary>
public static class HttpResiliencePipelineFactory
{
    /// <summary>Builds a pipeline from validated options.</summary>
    /// <param name="options">The options; null means the defaults. Validated here, read once.</param>
    /// <param name="rateLimiter">A limiter every attempt (retries included) waits on, told about each 429; or null.</param>
    /// <param name="timeProvider">The clock for delays and timeouts; null means <see cref="TimeProvider.System"/>.</param>
    /// <returns>The pipeline.</returns>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    public static HttpResiliencePipeline Create(
        HttpResilienceOptions? options = null, ApiRateLimiter? rateLimiter = null, TimeProvider? timeProvider = null) =>
        Create(options, rateLimiter, timeProvider, Random.Shared.NextDouble);

    internal static HttpResiliencePipeline Create(
        HttpResilienceOptions? options, ApiRateLimiter? rateLimiter, TimeProvider? timeProvider, Func<double> random)
    {
        options ??= new HttpResilienceOptions();
        options.Validate();
        var time = timeProvider ?? TimeProvider.System;
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = time };
        if (options.OverallTimeout != Timeout.InfiniteTimeSpan)
            builder.AddTimeout(options.OverallTimeout);
        if (options.MaxRetries > 0)
            builder.AddRetry(HttpRetryOptions.Create(options, time, random));
        if (rateLimiter is not null)
            builder.AddStrategy(_ => new RateLimiterStrategy(rateLimiter, time), new RateLimiterStrategyOptions());
        if (options.AttemptTimeout != Timeout.InfiniteTimeSpan)
            builder.AddTimeout(options.AttemptTimeout);
        return new HttpResiliencePipeline(builder.Build());
    }
}
