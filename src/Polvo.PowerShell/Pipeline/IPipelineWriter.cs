namespace Polvo.PowerShell.Pipeline;

/// <summary>
/// What producers (background work) write to; safe to call from any thread. Writes wait while the bounded queue
/// is full (backpressure). Use the extension methods in <see cref="PipelineWriterExtensions"/>.
/// </summary>
internal interface IPipelineWriter
{
    /// <summary>Queues <paramref name="message"/>; waits while the queue is full; throws when the command stops.</summary>
    ValueTask PostAsync(PipelineMessage message, CancellationToken cancellationToken = default);

    /// <summary>
    /// Completes once every message posted before the call has been delivered to the output. A pager awaits it
    /// before requesting the next page, so <c>Select-Object -First 5</c> requests no page after the one holding
    /// the fifth item (the command is stopped and this throws <see cref="OperationCanceledException"/>).
    /// </summary>
    Task FlushAsync(CancellationToken cancellationToken = default);
}
