using System.Net;
using Polly;
using Polvo.RateLimiting;

namespace Polvo.Resilience;

/// <summary>Waits on the client-side limiter before each attempt and tells it about every 429.</summary>
internal sealed class RateLimiterStrategy(ApiRateLimiter limiter, TimeProvider timeProvider) : ResilienceStrategy<HttpResponseMessage>
{
    protected override async ValueTask<Outcome<HttpResponseMessage>> ExecuteCore<TState>(
        Func<ResilienceContext, TState, ValueTask<Outcome<HttpResponseMessage>>> callback, ResilienceContext context, TState state)
    {
        try
        {
            await limiter.AcquireAsync(context.CancellationToken).ConfigureAwait(context.ContinueOnCapturedContext);
        }
        catch (OperationCanceledException exception)
        {
            return Outcome.FromException<HttpResponseMessage>(exception);
        }

        var outcome = await callback(context, state).ConfigureAwait(context.ContinueOnCapturedContext);
        if (outcome.Result is { StatusCode: HttpStatusCode.TooManyRequests } response)
            limiter.ReportRateLimited(RetryAfterHeader.Read(response, timeProvider.GetUtcNow()));
        return outcome;
    }
}
