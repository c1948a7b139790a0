namespace Polvo.PowerShell.Jobs;

/// <summary>The life cycle of a <see cref="BackgroundJob"/> (names match PowerShell's JobState).</summary>
internal enum BackgroundJobState
{
    /// <summary>Created, not started.</summary>
    NotStarted,

    /// <summary>The work is running.</summary>
    Running,

    /// <summary>The work finished (items may still have written errors).</summary>
    Completed,

    /// <summary>The work ended with an unhandled failure (see <see cref="BackgroundJob.Failure"/>).</summary>
    Failed,

    /// <summary>Stopped by <see cref="BackgroundJob.Stop"/>.</summary>
    Stopped,
}
