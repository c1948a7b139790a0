using Polvo.PowerShell.Errors;
using Polvo.PowerShell.Pipeline;

namespace Polvo.PowerShell.Jobs;

/// <summary>
/// The host-neutral logic behind <c>-AsJob</c>: runs the work on its own background thread (so it may drain a
/// <see cref="PipelineBridge"/> synchronously), writes everything to the given thread-safe output (a job's
/// buffers, read later by Receive-Job), and tracks NotStarted, Running, Completed, Failed, Stopped.
/// <see cref="Stop"/> cancels the work; an unhandled failure is written as an error and leaves the job Failed.
/// </summary>
internal sealed class BackgroundJob : IDisposable
{
    private readonly object _gate = new();
    private readonly Func<ICommandOutput, CancellationToken, Task> _work;
    private readonly ICommandOutput _output;
    private readonly PolvoErrorMapper _errorMapper;
    private readonly CancellationTokenSource _cts = new();
    private readonly TaskCompletionSource _finished = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private BackgroundJobState _state;

    /// <summary>Creates a job; nothing runs until <see cref="Start"/>.</summary>
    /// <param name="work">The work; it writes to the output it is given and honours the token.</param>
    /// <param name="output">Where output goes; called from the job's thread.</param>
    /// <param name="errorMapper">Maps an unhandled failure; null for <see cref="PolvoErrorMapper.Default"/>.</param>
    public BackgroundJob(Func<ICommandOutput, CancellationToken, Task> work, ICommandOutput output, PolvoErrorMapper? errorMapper = null)
    {
        _work = work ?? throw new ArgumentNullException(nameof(work));
        _output = output ?? throw new ArgumentNullException(nameof(output));
        _errorMapper = errorMapper ?? PolvoErrorMapper.Default;
    }

    /// <summary>Raised after every state change, outside any lock.</summary>
    public event EventHandler<BackgroundJobStateChangedEventArgs>? StateChanged;

    /// <summary>The current state.</summary>
    public BackgroundJobState State
    {
        get
        {
            lock (_gate)
            {
                return _state;
            }
        }
    }

    /// <summary>The error that left the job Failed, otherwise null.</summary>
    public PolvoErrorInfo? Failure { get; private set; }

    /// <summary>Completes (never faults) when the job reaches Completed, Failed or Stopped.</summary>
    public Task Completion => _finished.Task;

    /// <summary>Starts the work on a dedicated background thread.</summary>
    public void Start()
    {
        if (!TryMove(BackgroundJobState.NotStarted, BackgroundJobState.Running, null))
        {
            throw new InvalidOperationException("The job was already started or stopped.");
        }

        _ = Task.Factory.StartNew(RunAsync, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default).Unwrap();
    }

    /// <summary>Cancels the work; the job becomes Stopped when the work has ended (at once if not started).</summary>
    public void Stop()
    {
        if (TryMove(BackgroundJobState.NotStarted, BackgroundJobState.Stopped, null))
        {
            _finished.TrySetResult();
            return;
        }

        _cts.Cancel();
    }

    /// <summary>Stops the work if it is still running.</summary>
    public void Dispose() => Stop();

    private async Task RunAsync()
    {
        Exception? failure = null;
        try
        {
            await _work(_output, _cts.Token).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            failure = ex;
        }

        Finish(failure);
    }

    private void Finish(Exception? failure)
    {
        PolvoErrorInfo? error = failure is null || _cts.IsCancellationRequested ? null : _errorMapper.Map(failure);
        if (error is not null)
        {
            Failure = error;
            try
            {
                _output.WriteError(error);
            }
            catch (Exception)
            {
                // The failure is still recorded in Failure and in the state's reason.
            }
        }

        BackgroundJobState final = error is not null ? BackgroundJobState.Failed
            : _cts.IsCancellationRequested || failure is not null ? BackgroundJobState.Stopped
            : BackgroundJobState.Completed;
        TryMove(BackgroundJobState.Running, final, error is null ? null : failure);
        _finished.TrySetResult();
    }

    private bool TryMove(BackgroundJobState from, BackgroundJobState to, Exception? reason)
    {
        lock (_gate)
        {
            if (_state != from)
            {
                return false;
            }

            _state = to;
        }

        StateChanged?.Invoke(this, new BackgroundJobStateChangedEventArgs(from, to, reason));
        return true;
    }
}
