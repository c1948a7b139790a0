using Polvo.PowerShell.Errors;
using Polvo.PowerShell.Progress;

namespace Polvo.PowerShell.Pipeline;

/// <summary>
/// Where a command's output goes: the cmdlet (forwarding to Cmdlet.Write*, pipeline thread only) or a job's
/// buffers. <see cref="PipelineBridge"/> calls it from the draining thread only. An exception thrown by
/// <see cref="WriteObject"/> (PowerShell's PipelineStoppedException) means "stop": it is never reported as an error.
/// </summary>
internal interface ICommandOutput
{
    /// <summary>Writes one output object.</summary>
    void WriteObject(object? item);

    /// <summary>Writes a non-terminating error.</summary>
    void WriteError(PolvoErrorInfo error);

    /// <summary>Writes a verbose message.</summary>
    void WriteVerbose(string message);

    /// <summary>Writes a debug message.</summary>
    void WriteDebug(string message);

    /// <summary>Writes a warning.</summary>
    void WriteWarning(string message);

    /// <summary>Writes a progress record.</summary>
    void WriteProgress(PolvoProgress progress);
}
