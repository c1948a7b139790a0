using Polvo.PowerShell.Pipeline;

namespace Polvo.PowerShell.Stripe.Jobs;

/// <summary>
/// The work of an <c>-AsJob</c> job: the same operations as the synchronous command, run through a
/// <see cref="PipelineBridge"/> drained by the job's own thread into the job's output. Stop-Job cancels the
/// bridge (the job ends Stopped); a terminating failure is rethrown, so the job ends Failed.
/// </summary>
internal static class BridgeJobWork
{
    /// <summary>Creates the work; <paramref name="start"/> starts the operations on the bridge (Start, StartItem).</summary>
    public static Func<ICommandOutput, CancellationToken, Task> Create(Func<PipelineBridgeOptions> options, Action<PipelineBridge> start)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(start);
        return (output, cancellationToken) =>
        {
            using var bridge = new PipelineBridge(output, options(), cancellationToken);
            start(bridge);
            bridge.Complete();
            cancellationToken.ThrowIfCancellationRequested();
            return Task.CompletedTask;
        };
    }
}
