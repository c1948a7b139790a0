using Polly;

namespace Polvo.Resilience;

/// <summary>
/// One client's retry and timeout pipeline (see <see cref="HttpResiliencePipelineFactory"/>). Thread-safe; share
/// one per client. Each attempt must build a fresh <see cref="HttpRequestMessage"/> (same Idempotency-Key).
/// </summary>
public sealed class HttpResiliencePipeline
{
    private static readonly ResiliencePropertyKey<string> RequestKey = new("Polvo.Request");

    internal HttpResiliencePipeline(ResiliencePipeline<HttpResponseMessage> pipeline) => Pipeline = pipeline;

    /// <summary>Gets the underlying Polly pipeline, for callers that manage their own <see cref="ResilienceContext"/>.</summary>
    public ResiliencePipeline<HttpResponseMessage> Pipeline { get; }

    /// <summary>
    /// Runs <paramref name="sendAttempt"/> until it gives a response that is not retried, retries run out, or the
    /// deadline passes. The last response is returned as it is, whatever its status; failed ones are disposed.
    /// </summary>
    /// <typeparam name="TState">State handed to each attempt, so the delegate can be static.</typeparam>
    /// <param name="request">Method and path for retry notices, e.g. <c>POST /v1/customers</c>; no credentials.</param>
    /// <param name="sendAttempt">Sends one attempt; receives the state and the attempt's token.</param>
    /// <param name="state">The state for <paramref name="sendAttempt"/>.</param>
    /// <param name="cancellationToken">The caller's token; cancelling it stops everything and is never retried.</param>
    /// <returns>The final response.</returns>
    /// <exception cref="OperationCanceledException">The caller's token was cancelled.</exception>
    /// <exception cref="Polly.Timeout.TimeoutRejectedException">The overall deadline or the last attempt's timeout passed.</exception>
    public async ValueTask<HttpResponseMessage> ExecuteAsync<TState>(
        string request,
        Func<TState, CancellationToken, ValueTask<HttpResponseMessage>> sendAttempt,
        TState state,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(request);
        ArgumentNullException.ThrowIfNull(sendAttempt);
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(RequestKey, request);
        try
        {
            return await Pipeline.ExecuteAsync(
                static (ctx, s) => s.sendAttempt(s.state, ctx.CancellationToken), context, (sendAttempt, state)).ConfigureAwait(false);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    /// <summary>The request label for notices: the one given to ExecuteAsync, else the response's method and path.</summary>
    internal static string DescribeRequest(ResilienceContext context, HttpResponseMessage? response)
    {
        if (context.Properties.TryGetValue(RequestKey, out var label))
            return label;
        return response?.RequestMessage is { RequestUri: { } uri } message
            ? $"{message.Method} {(uri.IsAbsoluteUri ? uri.AbsolutePath : uri.OriginalString)}"
            : "request";
    }
}
