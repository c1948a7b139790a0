using Polvo.PowerShell.Errors;
using Polvo.PowerShell.Progress;

namespace Polvo.PowerShell.Pipeline;

/// <summary>One message from a producer to the pipeline thread.</summary>
internal readonly record struct PipelineMessage(PipelineMessageKind Kind, object? Payload)
{
    /// <summary>An output object.</summary>
    public static PipelineMessage Object(object? item) => new(PipelineMessageKind.Object, item);

    /// <summary>A non-terminating error.</summary>
    public static PipelineMessage Error(PolvoErrorInfo error) => new(PipelineMessageKind.Error, error ?? throw new ArgumentNullException(nameof(error)));

    /// <summary>A verbose message.</summary>
    public static PipelineMessage Verbose(string message) => new(PipelineMessageKind.Verbose, message);

    /// <summary>A debug message.</summary>
    public static PipelineMessage Debug(string message) => new(PipelineMessageKind.Debug, message);

    /// <summary>A warning.</summary>
    public static PipelineMessage Warning(string message) => new(PipelineMessageKind.Warning, message);

    /// <summary>A progress record.</summary>
    public static PipelineMessage Progress(PolvoProgress progress) => new(PipelineMessageKind.Progress, progress ?? throw new ArgumentNullException(nameof(progress)));

    /// <summary>Delivers the message to <paramref name="output"/> (flush markers are completed instead).</summary>
    public void DeliverTo(ICommandOutput output)
    {
        switch (Kind)
        {
            case PipelineMessageKind.Object: output.WriteObject(Payload); break;
            case PipelineMessageKind.Error: output.WriteError((PolvoErrorInfo)Payload!); break;
            case PipelineMessageKind.Verbose: output.WriteVerbose((string)Payload!); break;
            case PipelineMessageKind.Debug: output.WriteDebug((string)Payload!); break;
            case PipelineMessageKind.Warning: output.WriteWarning((string)Payload!); break;
            case PipelineMessageKind.Progress: output.WriteProgress((PolvoProgress)Payload!); break;
            case PipelineMessageKind.Flush: ((TaskCompletionSource)Payload!).TrySetResult(); break;
            default: throw new InvalidOperationException($"Unknown message kind {Kind}.");
        }
    }
}
