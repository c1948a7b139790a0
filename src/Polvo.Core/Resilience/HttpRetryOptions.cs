using Polly;
using Polly.Retry;

namespace Polvo.Resilience;

/// <summary>Turns <see cref="HttpResilienceOptions"/> into Polly retry options that apply the HTTP retry rules.</summary>
internal static class HttpRetryOptions
{
    private static readonly ResiliencePropertyKey<HttpRetryDecision> DecisionKey = new("Polvo.RetryDecision");

    public static RetryStrategyOptions<HttpResponseMessage> Create(HttpResilienceOptions options, TimeProvider timeProvider, Func<double> random)
    {
        var (maxRetries, baseDelay, maxDelay, useJitter, onRetry, shouldRetryHeader) =
            (options.MaxRetries, options.BaseDelay, options.MaxDelay, options.UseJitter, options.OnRetry, options.ShouldRetryHeader);
        return new RetryStrategyOptions<HttpResponseMessage>
        {
            MaxRetryAttempts = maxRetries,
            Delay = baseDelay,
            MaxDelay = maxDelay,
            UseJitter = false,
            ShouldHandle = args =>
            {
                var decision = HttpRetryClassifier.Classify(
                    args.Outcome, args.Context.CancellationToken.IsCancellationRequested, timeProvider.GetUtcNow(), maxDelay, shouldRetryHeader);
                args.Context.Properties.Set(DecisionKey, decision);
                return new ValueTask<bool>(decision.ShouldRetry);
            },
            DelayGenerator = args =>
            {
                var retryAfter = args.Context.Properties.GetValue(DecisionKey, default).RetryAfter;
                var delay = retryAfter ?? BackoffDelay.Compute(args.AttemptNumber, baseDelay, maxDelay, useJitter, random);
                return new ValueTask<TimeSpan?>(delay);
            },
            OnRetry = args =>
            {
                if (onRetry is not null)
                {
                    var reason = args.Context.Properties.GetValue(DecisionKey, default).Reason ?? "failed";
                    var request = HttpResiliencePipeline.DescribeRequest(args.Context, args.Outcome.Result);
                    onRetry(new RetryNotice(args.AttemptNumber + 1, maxRetries, reason, args.RetryDelay, request));
                }

                return default;
            },
        };
    }
}
