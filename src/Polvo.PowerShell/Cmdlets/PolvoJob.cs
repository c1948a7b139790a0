using System.Management.Automation;
using System.Reflection;
using Polvo.PowerShell.Errors;
using Polvo.PowerShell.Jobs;
using Polvo.PowerShell.Pipeline;
using Polvo.PowerShell.Progress;

namespace Polvo.PowerShell.Cmdlets;

/// <summary>
/// The job <c>-AsJob</c> puts in PowerShell's job table: a thin adapter over <see cref="BackgroundJob"/> that
/// writes the work's output into the job's streams (read by Receive-Job) and mirrors its state.
/// </summary>
internal sealed class PolvoJob : Job, ICommandOutput
{
    // Job.SetJobState(JobState, Exception) is the only way to fill JobStateInfo.Reason, and PowerShell keeps it
    // internal (its own job types call it); without it a failed job's Reason is $null. Found once; if a future
    // PowerShell drops it, the state is still set (without the reason).
    private static readonly MethodInfo? SetJobStateWithReason = typeof(Job).GetMethod(
        "SetJobState", BindingFlags.Instance | BindingFlags.NonPublic, null, [typeof(JobState), typeof(Exception)], null);

    private readonly BackgroundJob _job;

    /// <summary>Creates the job; <see cref="Start"/> runs it.</summary>
    /// <param name="command">The command shown by Get-Job (see <see cref="JobCommandText"/>).</param>
    /// <param name="name">The job name, or null for the default.</param>
    /// <param name="work">The work (usually drains a <see cref="PipelineBridge"/> built on the given output and token).</param>
    public PolvoJob(string command, string? name, Func<ICommandOutput, CancellationToken, Task> work)
        : base(command, name)
    {
        PSJobTypeName = nameof(PolvoJob);
        _job = new BackgroundJob(work, this);
        // The failure is in the Error stream, StatusMessage and JobStateInfo.Reason.
        _job.StateChanged += (_, e) => ChangeState(ToJobState(e.State), e.Reason);
    }

    /// <inheritdoc/>
    public override string StatusMessage => _job.Failure?.Message ?? _job.State.ToString();

    /// <inheritdoc/>
    public override bool HasMoreData =>
        Output.Count > 0 || Error.Count > 0 || Warning.Count > 0 || Verbose.Count > 0 || Debug.Count > 0 || Progress.Count > 0;

    /// <inheritdoc/>
    public override string Location => "localhost";

    /// <summary>Starts the work in the background.</summary>
    public void Start() => _job.Start();

    /// <summary>Cancels the work and waits until it has ended (Stop-Job).</summary>
    public override void StopJob()
    {
        _job.Stop();
        _job.Completion.GetAwaiter().GetResult();
    }

    void ICommandOutput.WriteObject(object? item)
    {
        if (PolvoPSObjects.ToOutput(item) is { } output)
        {
            Output.Add(PSObject.AsPSObject(output));
        }
    }

    void ICommandOutput.WriteError(PolvoErrorInfo error) => Error.Add(PolvoRecords.ToErrorRecord(error));

    void ICommandOutput.WriteVerbose(string message) => Verbose.Add(new VerboseRecord(message));

    void ICommandOutput.WriteDebug(string message) => Debug.Add(new DebugRecord(message));

    void ICommandOutput.WriteWarning(string message) => Warning.Add(new WarningRecord(message));

    void ICommandOutput.WriteProgress(PolvoProgress progress) => Progress.Add(PolvoRecords.ToProgressRecord(progress));

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _job.Dispose();
        }

        base.Dispose(disposing);
    }

    private void ChangeState(JobState state, Exception? reason)
    {
        if (reason is not null && SetJobStateWithReason is not null)
        {
            SetJobStateWithReason.Invoke(this, [state, ToReason(reason)]);
            return;
        }

        SetJobState(state);
    }

    /// <summary>The exception a user reads in JobStateInfo.Reason: the error's own exception, not Polvo's wrapper.</summary>
    private Exception ToReason(Exception failure) =>
        failure is PolvoTerminatingException { Error.Exception: { } inner } ? inner
        : _job.Failure?.Exception ?? failure;

    private static JobState ToJobState(BackgroundJobState state) => state switch
    {
        BackgroundJobState.Running => JobState.Running,
        BackgroundJobState.Completed => JobState.Completed,
        BackgroundJobState.Failed => JobState.Failed,
        BackgroundJobState.Stopped => JobState.Stopped,
        _ => JobState.NotStarted,
    };
}
