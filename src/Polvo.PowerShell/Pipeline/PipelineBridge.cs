using System.Runtime.ExceptionServices;
using System.Threading.Channels;
using Polvo.PowerShell.Errors;

namespace Polvo.PowerShell.Pipeline;

/// <summary>
/// The async-to-pipeline bridge. Work runs on background tasks and posts messages through <see cref="Writer"/>
/// into a bounded queue; the calling (pipeline) thread drains it and is the only thread that calls the
/// <see cref="ICommandOutput"/>. Cmdlet usage: create in BeginProcessing; <see cref="Start"/> a producer, or
/// <see cref="StartItem{T}"/> per input in ProcessRecord (throttled, draining while it waits) and
/// <see cref="DrainAvailable"/>; <see cref="Complete"/> in EndProcessing; <see cref="Stop"/> from StopProcessing;
/// <see cref="Dispose"/> from the cmdlet's Dispose.
/// </summary>
internal sealed class PipelineBridge : IDisposable
{
    private readonly object _gate = new();
    private readonly ICommandOutput _output;
    private readonly PipelineBridgeOptions _options;
    private readonly Channel<PipelineMessage> _channel;
    private readonly CancellationTokenSource _cts;
    private readonly CancellationToken _token;
    private readonly SemaphoreSlim _throttle;
    private int _running;
    private bool _addingCompleted;
    private bool _disposed;
    private Exception? _failure;
    private bool _failureSurfaced;
    private volatile bool _stopped;
    private volatile bool _halted;
    private TaskCompletionSource? _othersFinished;

    /// <summary>Creates a bridge that delivers to <paramref name="output"/>.</summary>
    /// <param name="output">The cmdlet (or a job's buffers).</param>
    /// <param name="options">Options; null for the defaults.</param>
    /// <param name="cancellationToken">Stops the bridge when cancelled (a job's token).</param>
    public PipelineBridge(ICommandOutput output, PipelineBridgeOptions? options = null, CancellationToken cancellationToken = default)
    {
        _output = output ?? throw new ArgumentNullException(nameof(output));
        _options = (options ?? new PipelineBridgeOptions()).Validate();
        _channel = Channel.CreateBounded<PipelineMessage>(new BoundedChannelOptions(_options.Capacity)
        {
            FullMode = BoundedChannelFullMode.Wait,
            SingleReader = true,
        });
        _cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        _token = _cts.Token;
        _throttle = new SemaphoreSlim(_options.ThrottleLimit, _options.ThrottleLimit);
        Writer = new BridgeWriter(this);
    }

    /// <summary>Cancelled when the command stops (Stop, early stop, a terminating failure, the outer token).</summary>
    public CancellationToken CancellationToken => _token;

    /// <summary>What producers write to, from any thread.</summary>
    public IPipelineWriter Writer { get; }

    /// <summary>True once the bridge stopped: <see cref="Stop"/>, the output stopped the pipeline, a terminating
    /// failure, or the outer token. No more work starts then; after a terminating failure the messages already
    /// queued are still delivered (the last verbose line before the failure matters most), after the others none.</summary>
    public bool IsStopped => _stopped || _token.IsCancellationRequested;

    // After a terminating failure the pipeline downstream is still there: what the work wrote before failing
    // (objects, verbose, debug, warnings, errors) is delivered, then the failure is rethrown. A stop from
    // downstream, Ctrl+C or the outer token delivers nothing more.
    private bool CanDeliver => !IsStopped || (!_stopped && Volatile.Read(ref _failure) is not null);

    /// <summary>
    /// Runs <paramref name="work"/> on a background task. An exception from it (other than cancellation) ends
    /// the command: the other work is cancelled and the pipeline thread rethrows it once, as
    /// <see cref="PolvoTerminatingException"/>.
    /// </summary>
    public void Start(Func<IPipelineWriter, CancellationToken, Task> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        Launch(() => work(Writer, _token), target: null, terminating: true, releasesSlot: false);
    }

    /// <summary>
    /// Runs <paramref name="work"/> for one pipeline input under <see cref="PipelineBridgeOptions.ThrottleLimit"/>.
    /// While all slots are busy it drains output on the calling thread. An exception from the work becomes an
    /// error for that item (target: <paramref name="input"/>) and the others go on, except a
    /// <see cref="PolvoTerminatingException"/> or an error that concerns the whole command
    /// (<see cref="PipelineBridgeOptions.IsCommandWide"/>), which ends the command. Returns without starting when
    /// stopped, or once an item failed under <see cref="PipelineBridgeOptions.HaltOnItemError"/>.
    /// </summary>
    public void StartItem<T>(T input, Func<T, IPipelineWriter, CancellationToken, Task> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (_halted)
        {
            DrainAvailable();
            return;
        }

        if (!PumpUntil(_throttle.WaitAsync(_token)))
        {
            return;
        }

        if (_halted)
        {
            _throttle.Release();
            return;
        }

        Launch(() => work(input, Writer, _token), target: input, terminating: false, releasesSlot: true);
    }

    /// <summary>Delivers every message that is ready, without waiting (for ProcessRecord).</summary>
    public void DrainAvailable()
    {
        while (CanDeliver && _channel.Reader.TryRead(out PipelineMessage message))
        {
            Deliver(message);
        }

        ThrowIfFailed();
    }

    /// <summary>
    /// No more work will be started; delivers everything until all work has finished (for EndProcessing).
    /// Returns early, without error, when stopped; rethrows a terminating failure once.
    /// </summary>
    public void Complete()
    {
        lock (_gate)
        {
            _addingCompleted = true;
            CompleteChannelIfDone();
        }

        while (true)
        {
            DrainAvailable();
            if (IsStopped)
            {
                ThrowIfFailed();
                return;
            }

            try
            {
                if (!_channel.Reader.WaitToReadAsync(_token).AsTask().GetAwaiter().GetResult())
                {
                    ThrowIfFailed();
                    return;
                }
            }
            catch (OperationCanceledException)
            {
                // Stopped or failed: the next DrainAvailable surfaces a failure, then the loop returns.
            }
        }
    }

    /// <summary>Cancels all work at once (StopProcessing, any thread); nothing more is delivered.</summary>
    public void Stop()
    {
        _stopped = true;
        Cancel();
    }

    /// <summary>Stops the bridge; resources are released once the last work has ended.</summary>
    public void Dispose()
    {
        Stop();
        lock (_gate)
        {
            _disposed = true;
            if (_running == 0)
            {
                _cts.Dispose();
                _throttle.Dispose();
            }
        }
    }

    private void Launch(Func<Task> run, object? target, bool terminating, bool releasesSlot)
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_addingCompleted)
            {
                throw new InvalidOperationException("Work cannot be started after Complete().");
            }

            _running++;
        }

        _ = Task.Run(async () =>
        {
            try
            {
                await run().ConfigureAwait(false);
            }
            catch (Exception ex)
            {
                await HandleFailureAsync(ex, target, terminating).ConfigureAwait(false);
            }
            finally
            {
                if (releasesSlot)
                {
                    _throttle.Release();
                }

                ProducerFinished();
            }
        });
    }

    private async Task HandleFailureAsync(Exception exception, object? target, bool terminating)
    {
        if (_token.IsCancellationRequested)
        {
            return; // Stopped, or another failure already ends the command.
        }

        if (terminating || exception is PolvoTerminatingException)
        {
            lock (_gate)
            {
                _failure ??= exception;
            }

            Cancel();
            return;
        }

        if (_options.ErrorMapper.Map(exception, target) is not { } error)
        {
            return;
        }

        if (_options.IsCommandWide(error))
        {
            lock (_gate)
            {
                _failure ??= new PolvoTerminatingException(error);
            }

            Cancel();
            return;
        }

        try
        {
            await WriteItemErrorAsync(error).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // The command stopped meanwhile: nobody reads errors any more.
        }
    }

    // -ErrorAction Stop: the first failure halts (no new item starts), waits for the items already running (cancelling
    // them would not undo requests the service may already have carried out, only hide their result), then is
    // delivered, which stops the command. A later failure among those items is reported as a warning.
    private async Task WriteItemErrorAsync(PolvoErrorInfo error)
    {
        TaskCompletionSource? othersFinished = null;
        bool first = false;
        if (_options.HaltOnItemError)
        {
            lock (_gate)
            {
                first = !_halted;
                _halted = true;
                if (first)
                {
                    othersFinished = _othersFinished = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                    SignalIfOthersFinished();
                }
            }
        }

        if (_options.HaltOnItemError && !first)
        {
            await Writer.WriteWarningAsync($"Another item also failed while the command was stopping ({error.ErrorId}{(error.IdempotencyKey is { } key ? $", idempotency key {key}" : string.Empty)}): {error.DetailsMessage}").ConfigureAwait(false);
            return;
        }

        if (othersFinished is not null)
        {
            await othersFinished.Task.WaitAsync(_token).ConfigureAwait(false);
        }

        await Writer.WriteErrorAsync(error).ConfigureAwait(false);
    }

    // Under _gate: the halting item itself is the only one still running.
    private void SignalIfOthersFinished()
    {
        if (_running <= 1)
        {
            _othersFinished?.TrySetResult();
        }
    }

    private void ProducerFinished()
    {
        lock (_gate)
        {
            _running--;
            SignalIfOthersFinished();
            CompleteChannelIfDone();
            if (_running == 0 && _disposed)
            {
                _cts.Dispose();
                _throttle.Dispose();
            }
        }
    }

    private void CompleteChannelIfDone()
    {
        if (_running == 0 && _addingCompleted)
        {
            _channel.Writer.TryComplete();
        }
    }

    private bool PumpUntil(Task condition)
    {
        while (true)
        {
            DrainAvailable();
            if (condition.IsCompleted || IsStopped)
            {
                ThrowIfFailed();
                return condition.IsCompletedSuccessfully && !IsStopped;
            }

            Task readable = _channel.Reader.WaitToReadAsync(_token).AsTask();
            Task.WaitAny(condition, readable);
        }
    }

    private void Deliver(PipelineMessage message)
    {
        try
        {
            message.DeliverTo(_output);
        }
        catch
        {
            // PipelineStoppedException (Select-Object -First satisfied, Ctrl+C) or a host failure: cancel the
            // producers now and let the exception unwind the cmdlet; it is not reported as an error.
            Stop();
            throw;
        }
    }

    private void ThrowIfFailed()
    {
        Exception? failure;
        lock (_gate)
        {
            if (_failure is null || _failureSurfaced)
            {
                return;
            }

            _failureSurfaced = true;
            failure = _failure;
        }

        if (failure is PolvoTerminatingException)
        {
            ExceptionDispatchInfo.Capture(failure).Throw();
        }

        PolvoErrorInfo error = _options.ErrorMapper.Map(failure)
            ?? new PolvoErrorInfo("OperationStopped", PolvoErrorCategory.OperationStopped, failure.Message) { Exception = failure };
        throw new PolvoTerminatingException(error);
    }

    private void Cancel()
    {
        try
        {
            _cts.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // Already disposed: nothing left to cancel.
        }
    }

    private sealed class BridgeWriter(PipelineBridge bridge) : IPipelineWriter
    {
        public ValueTask PostAsync(PipelineMessage message, CancellationToken cancellationToken = default)
        {
            if (!cancellationToken.CanBeCanceled)
            {
                return bridge._channel.Writer.WriteAsync(message, bridge._token);
            }

            return PostLinkedAsync(message, cancellationToken);
        }

        public async Task FlushAsync(CancellationToken cancellationToken = default)
        {
            var delivered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            await PostAsync(new PipelineMessage(PipelineMessageKind.Flush, delivered), cancellationToken).ConfigureAwait(false);
            using CancellationTokenRegistration stopped = bridge._token.Register(() => delivered.TrySetCanceled(bridge._token));
            await delivered.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
        }

        private async ValueTask PostLinkedAsync(PipelineMessage message, CancellationToken cancellationToken)
        {
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, bridge._token);
            await bridge._channel.Writer.WriteAsync(message, linked.Token).ConfigureAwait(false);
        }
    }
}
