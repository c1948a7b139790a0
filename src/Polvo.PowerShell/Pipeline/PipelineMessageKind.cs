namespace Polvo.PowerShell.Pipeline;

/// <summary>The stream a <see cref="PipelineMessage"/> goes to.</summary>
internal enum PipelineMessageKind
{
    /// <summary>An output object.</summary>
    Object,

    /// <summary>A non-terminating error (payload: PolvoErrorInfo).</summary>
    Error,

    /// <summary>A verbose message (payload: string).</summary>
    Verbose,

    /// <summary>A debug message (payload: string).</summary>
    Debug,

    /// <summary>A warning (payload: string).</summary>
    Warning,

    /// <summary>A progress record (payload: PolvoProgress).</summary>
    Progress,

    /// <summary>A marker completed once every message posted before it was delivered (payload: TaskCompletionSource).</summary>
    Flush,
}
