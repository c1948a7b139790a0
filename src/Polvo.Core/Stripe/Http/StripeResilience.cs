using Polly.Timeout;
using Polvo.Resilience;
using Polvo.Stripe.Configuration;
using Polvo.Stripe.Errors;

namespace Polvo.Stripe.Http;

/// <summary>
/// Wraps the requestor's single attempt in the client's resilience pipeline: overall deadline, retries and
/// the rate limiter shared by every client of the same key and base URL. Built once per client.
/// </summary>
internal static class StripeResilience
{
    /// <summary>Stripe's header that says whether a failed request may be retried (it overrides the status rule).</summary>
    public const string ShouldRetryHeader = "Stripe-Should-Retry";

    /// <summary>Returns the wrapper the requestor applies around <see cref="StripeRequestor.SendAttemptAsync"/>.</summary>
    public static Func<StripeSendAsync, StripeSendAsync> Create(StripeClientSettings settings)
    {
        var limiter = settings.RateLimit is { Enabled: false }
            ? null
            : settings.RateLimiters.GetOrCreate(
                settings.ApiKey.Fingerprint, settings.BaseUrl, StripeRateLimits.DefaultRequestsPerSecond(settings.ApiKey.Mode), settings.RateLimit);
        var pipeline = HttpResiliencePipelineFactory.Create(WithoutAttemptTimeout(settings.Resilience), limiter, settings.TimeProvider);
        var overall = settings.Resilience.OverallTimeout;
        return attempt => async (request, cancellationToken) =>
        {
            try
            {
                return await pipeline.ExecuteAsync(
                    request.Label,
                    static async (state, token) => await state.attempt(state.request, token).ConfigureAwait(false),
                    (attempt, request),
                    cancellationToken).ConfigureAwait(false);
            }
            catch (TimeoutRejectedException timeout) when (!cancellationToken.IsCancellationRequested)
            {
                throw new StripeTimeoutException(
                    $"{request.Label} did not succeed within the overall deadline of {overall.TotalSeconds:0.#} s " +
                    "(retries included); raise StripeClientOptions.Resilience.OverallTimeout or check the network.",
                    innerException: timeout);
            }
        };
    }

    // The requestor times out each attempt itself (StripeClientOptions.Timeout) so that a slow attempt
    // surfaces as StripeTimeoutException; a second per-attempt timer in the pipeline would only race it.
    private static HttpResilienceOptions WithoutAttemptTimeout(HttpResilienceOptions options) => new()
    {
        MaxRetries = options.MaxRetries,
        BaseDelay = options.BaseDelay,
        MaxDelay = options.MaxDelay,
        UseJitter = options.UseJitter,
        AttemptTimeout = Timeout.InfiniteTimeSpan,
        OverallTimeout = options.OverallTimeout,
        OnRetry = options.OnRetry,
        ShouldRetryHeader = options.ShouldRetryHeader ?? ShouldRetryHeader,
    };
}
