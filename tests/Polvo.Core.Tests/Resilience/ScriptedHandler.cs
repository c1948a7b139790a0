using System.Net;

namespace Polvo.Core.Tests.Resilience;

/// <summary>
/// An HttpMessageHandler that answers each attempt from a script, for failures the emulator can only produce at
/// random (a given status on a given attempt, a dropped connection, a hang). Records what each attempt carried.
/// </summary>
internal sealed class ScriptedHandler : HttpMessageHandler
{
    private readonly object _gate = new();
    private readonly Queue<Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>>> _script = new();
    private readonly List<HttpRequestMessage> _requests = [];
    private readonly List<string?> _idempotencyKeys = [];
    private readonly List<HttpResponseMessage> _responses = [];
    private readonly List<(int Count, TaskCompletionSource Signal)> _waiters = [];

    public int Attempts { get { lock (_gate) { return _requests.Count; } } }

    public IReadOnlyList<HttpRequestMessage> Requests { get { lock (_gate) { return [.. _requests]; } } }

    public IReadOnlyList<string?> IdempotencyKeys { get { lock (_gate) { return [.. _idempotencyKeys]; } } }

    public IReadOnlyList<HttpResponseMessage> Responses { get { lock (_gate) { return [.. _responses]; } } }

    public ScriptedHandler Respond(HttpStatusCode status, Action<HttpResponseMessage>? configure = null)
    {
        _script.Enqueue((request, _) =>
        {
            var response = new HttpResponseMessage(status) { RequestMessage = request, Content = new TrackedContent() };
            configure?.Invoke(response);
            lock (_gate) { _responses.Add(response); }
            return Task.FromResult(response);
        });
        return this;
    }

    public ScriptedHandler Throw(Exception exception)
    {
        _script.Enqueue((_, _) => Task.FromException<HttpResponseMessage>(exception));
        return this;
    }

    /// <summary>An attempt that never answers; it ends only when its token is cancelled.</summary>
    public ScriptedHandler Hang()
    {
        _script.Enqueue((_, cancellationToken) =>
        {
            var never = new TaskCompletionSource<HttpResponseMessage>(TaskCreationOptions.RunContinuationsAsynchronously);
            cancellationToken.Register(() => never.TrySetCanceled(cancellationToken));
            return never.Task;
        });
        return this;
    }

    /// <summary>Completes once the given number of attempts have started.</summary>
    public Task WaitForAttemptsAsync(int count)
    {
        lock (_gate)
        {
            if (_requests.Count >= count) return Task.CompletedTask;
            var signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((count, signal));
            return signal.Task.WaitAsync(TimeSpan.FromSeconds(30));
        }
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> step;
        List<TaskCompletionSource> ready;
        lock (_gate)
        {
            _requests.Add(request);
            _idempotencyKeys.Add(request.Headers.TryGetValues("Idempotency-Key", out var keys) ? keys.Single() : null);
            step = _script.Count > 0 ? _script.Dequeue() : (_, _) => throw new InvalidOperationException("The script has no more attempts.");
            ready = _waiters.Where(w => w.Count <= _requests.Count).Select(w => w.Signal).ToList();
            _waiters.RemoveAll(w => w.Count <= _requests.Count);
        }

        foreach (var signal in ready) signal.TrySetResult();
        return step(request, cancellationToken);
    }

    internal sealed class TrackedContent : StringContent
    {
        public TrackedContent() : base("{}") { }

        public bool IsDisposed { get; private set; }

        protected override void Dispose(bool disposing)
        {
            IsDisposed = true;
            base.Dispose(disposing);
        }
    }
}
