using Polvo.PowerShell.Errors;
using Polvo.PowerShell.Progress;

namespace Polvo.PowerShell.Pipeline;

/// <summary>Typed writes over <see cref="IPipelineWriter.PostAsync"/>.</summary>
internal static class PipelineWriterExtensions
{
    /// <summary>Writes one output object.</summary>
    public static ValueTask WriteObjectAsync(this IPipelineWriter writer, object? item, CancellationToken cancellationToken = default) =>
        writer.PostAsync(PipelineMessage.Object(item), cancellationToken);

    /// <summary>Writes a non-terminating error.</summary>
    public static ValueTask WriteErrorAsync(this IPipelineWriter writer, PolvoErrorInfo error, CancellationToken cancellationToken = default) =>
        writer.PostAsync(PipelineMessage.Error(error), cancellationToken);

    /// <summary>Writes a verbose message.</summary>
    public static ValueTask WriteVerboseAsync(this IPipelineWriter writer, string message, CancellationToken cancellationToken = default) =>
        writer.PostAsync(PipelineMessage.Verbose(message), cancellationToken);

    /// <summary>Writes a debug message.</summary>
    public static ValueTask WriteDebugAsync(this IPipelineWriter writer, string message, CancellationToken cancellationToken = default) =>
        writer.PostAsync(PipelineMessage.Debug(message), cancellationToken);

    /// <summary>Writes a warning.</summary>
    public static ValueTask WriteWarningAsync(this IPipelineWriter writer, string message, CancellationToken cancellationToken = default) =>
        writer.PostAsync(PipelineMessage.Warning(message), cancellationToken);

    /// <summary>Writes a progress record; does nothing for null (a throttled <see cref="ProgressReporter"/> update).</summary>
    public static ValueTask WriteProgressAsync(this IPipelineWriter writer, PolvoProgress? progress, CancellationToken cancellationToken = default) =>
        progress is null ? ValueTask.CompletedTask : writer.PostAsync(PipelineMessage.Progress(progress), cancellationToken);
}
