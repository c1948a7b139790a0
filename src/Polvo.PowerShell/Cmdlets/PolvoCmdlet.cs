using System.Management.Automation;
using Polvo.PowerShell.Errors;
using Polvo.PowerShell.Pipeline;
using Polvo.PowerShell.Progress;

namespace Polvo.PowerShell.Cmdlets;

/// <summary>
/// Base of every Polvo cmdlet: a thin adapter from PowerShell to the host-neutral machinery. It is the
/// <see cref="ICommandOutput"/> of its <see cref="PipelineBridge"/> (forwarding to Write*), maps errors and
/// progress to PowerShell records, stops the bridge on Ctrl+C, and starts <c>-AsJob</c> jobs.
/// </summary>
public abstract class PolvoCmdlet : PSCmdlet, ICommandOutput, IDisposable
{
    private PipelineBridge? _bridge;

    /// <summary>The bridge, created on first use with <see cref="CreateBridgeOptions"/>.</summary>
    private protected PipelineBridge Bridge => _bridge ??= new PipelineBridge(this, CreateBridgeOptions());

    /// <summary>Releases the bridge (cancelling any work still running).</summary>
    public void Dispose()
    {
        _bridge?.Dispose();
        ReleaseResources();
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases what a derived cmdlet holds for the command (called by <see cref="Dispose"/>, after the bridge).</summary>
    private protected virtual void ReleaseResources()
    {
    }

    void ICommandOutput.WriteObject(object? item) => WriteObject(ConvertOutput(item));

    void ICommandOutput.WriteError(PolvoErrorInfo error) => WriteError(PolvoRecords.ToErrorRecord(error));

    void ICommandOutput.WriteVerbose(string message) => WriteVerbose(message);

    void ICommandOutput.WriteDebug(string message) => WriteDebug(message);

    void ICommandOutput.WriteWarning(string message) => WriteWarning(message);

    void ICommandOutput.WriteProgress(PolvoProgress progress) => WriteProgress(PolvoRecords.ToProgressRecord(progress));

    /// <summary>Finishes the command: delivers all remaining output (a cmdlet that overrides this calls it last).</summary>
    protected override void EndProcessing() => CompletePipeline();

    /// <summary>Ctrl+C: cancels all in-flight work at once (called on another thread).</summary>
    protected override void StopProcessing() => _bridge?.Stop();

    /// <summary>Turns host-neutral output into pipeline objects (override for -IncludeTotalCount).</summary>
    private protected virtual object? ConvertOutput(object? item) => PolvoPSObjects.ToOutput(item);

    /// <summary>Options for the bridge (override to pass -ThrottleLimit).</summary>
    private protected virtual PipelineBridgeOptions CreateBridgeOptions() => new();

    /// <summary>Delivers the output that is ready, without waiting (call at the end of ProcessRecord).</summary>
    private protected void DrainPipeline() => Surface(() => _bridge?.DrainAvailable());

    /// <summary>Waits for all work and delivers its output (EndProcessing).</summary>
    private protected void CompletePipeline() => Surface(() => _bridge?.Complete());

    /// <summary>Runs <paramref name="action"/> on the pipeline thread, turning a terminating failure into ThrowTerminatingError.</summary>
    private protected void Surface(Action action)
    {
        try
        {
            action();
        }
        catch (PolvoTerminatingException ex)
        {
            ThrowTerminatingError(PolvoRecords.ToErrorRecord(ex.Error));
        }
    }

    /// <summary>Writes a non-terminating error for one item.</summary>
    private protected void WriteError(PolvoErrorInfo error) => WriteError(PolvoRecords.ToErrorRecord(error));

    /// <summary>
    /// <c>-AsJob</c>: puts a <see cref="PolvoJob"/> running <paramref name="work"/> in the job table, writes it to
    /// the pipeline and starts it.
    /// </summary>
    private protected PolvoJob StartJob(Func<ICommandOutput, CancellationToken, Task> work, string? name = null)
    {
        var job = new PolvoJob(JobCommandText.From(MyInvocation), name, work);
        JobRepository.Add(job);
        WriteObject(job);
        job.Start();
        return job;
    }
}
