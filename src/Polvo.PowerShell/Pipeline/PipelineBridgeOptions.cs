using Polvo.PowerShell.Errors;

namespace Polvo.PowerShell.Pipeline;

/// <summary>Options of <see cref="PipelineBridge"/>, validated once by <see cref="Validate"/>.</summary>
internal sealed class PipelineBridgeOptions
{
    /// <summary>How many messages may wait for the pipeline thread before producers wait (backpressure).</summary>
    /// <value>The default value is 256.</value>
    public int Capacity { get; set; } = 256;

    /// <summary>How many pipeline-input items run at once (the cmdlets' <c>-ThrottleLimit</c>).</summary>
    /// <value>The default value is 5 (as <c>ForEach-Object -Parallel</c>).</value>
    public int ThrottleLimit { get; set; } = 5;

    /// <summary>Maps an item's unhandled exception to the error written for it.</summary>
    /// <value>The default value is <see cref="PolvoErrorMapper.Default"/>.</value>
    public PolvoErrorMapper ErrorMapper { get; set; } = PolvoErrorMapper.Default;

    /// <summary>Throws when a value is out of range.</summary>
    public PipelineBridgeOptions Validate()
    {
        if (Capacity < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(Capacity), Capacity, "Capacity must be at least 1.");
        }

        if (ThrottleLimit < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(ThrottleLimit), ThrottleLimit, "ThrottleLimit must be at least 1; pass a positive -ThrottleLimit.");
        }

        ArgumentNullException.ThrowIfNull(ErrorMapper);
        return this;
    }
}
