namespace Polvo.PowerShell.Jobs;

/// <summary>A state change of a <see cref="BackgroundJob"/>.</summary>
internal sealed class BackgroundJobStateChangedEventArgs(BackgroundJobState previousState, BackgroundJobState state, Exception? reason) : EventArgs
{
    /// <summary>The state before the change.</summary>
    public BackgroundJobState PreviousState { get; } = previousState;

    /// <summary>The new state.</summary>
    public BackgroundJobState State { get; } = state;

    /// <summary>The failure behind a Failed state, otherwise null.</summary>
    public Exception? Reason { get; } = reason;
}
