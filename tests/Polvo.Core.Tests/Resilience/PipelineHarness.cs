using System.Collections.Concurrent;
using Polvo.Core.Tests.TestSupport;
using Polvo.RateLimiting;
using Polvo.Resilience;

namespace Polvo.Core.Tests.Resilience;

/// <summary>A pipeline over a scripted handler and a fake clock, with the timeouts off unless a test turns them on.</summary>
internal sealed class PipelineHarness : IDisposable
{
    /// <summary>Real-time bound on a send, so a regression that waits on an unadvanced timer fails instead of hanging.</summary>
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(30);

    private readonly ConcurrentQueue<RetryNotice> _notices = new();

    public PipelineHarness()
    {
        Client = new HttpClient(Handler) { BaseAddress = new Uri("https://api.example.test/"), Timeout = Timeout.InfiniteTimeSpan };
        Options = new HttpResilienceOptions
        {
            UseJitter = false,
            AttemptTimeout = Timeout.InfiniteTimeSpan,
            OverallTimeout = Timeout.InfiniteTimeSpan,
            OnRetry = _notices.Enqueue,
        };
    }

    public FakeTimeProvider Time { get; } = new();

    public ScriptedHandler Handler { get; } = new();

    public HttpClient Client { get; }

    public HttpResilienceOptions Options { get; }

    public IReadOnlyList<RetryNotice> Notices => [.. _notices];

    public HttpResiliencePipeline Build(ApiRateLimiter? limiter = null, Func<double>? random = null) =>
        HttpResiliencePipelineFactory.Create(Options, limiter, Time, random ?? (() => 0.5));

    /// <summary>Sends through the pipeline the way the client does: a fresh request per attempt, one Idempotency-Key.</summary>
    public Task<HttpResponseMessage> SendAsync(
        HttpResiliencePipeline pipeline, HttpMethod method, string path, string? idempotencyKey = null, CancellationToken cancellationToken = default) =>
        pipeline.ExecuteAsync(
            $"{method} {path}",
            static async (state, ct) =>
            {
                var request = new HttpRequestMessage(state.method, state.path);
                request.Headers.Authorization = new("Bearer", "sk_test_SECRET0123456789");
                if (state.idempotencyKey is not null) request.Headers.Add("Idempotency-Key", state.idempotencyKey);
                return await state.Client.SendAsync(request, ct).ConfigureAwait(false);
            },
            (Client, method, path, idempotencyKey),
            cancellationToken).AsTask().WaitAsync(HangGuard);

    /// <summary>Fires each timer as soon as the code arms it, until the task ends. Only for scripts that never hang.</summary>
    public async Task<T> DriveAsync<T>(Task<T> task)
    {
        while (!task.IsCompleted)
        {
            var armed = Time.WaitForPendingTimersAsync(1);
            if (await Task.WhenAny(task, armed) == armed && !task.IsCompleted)
                Time.AdvanceToNextTimer();
        }

        return await task;
    }

    public void Dispose() => Client.Dispose();
}
