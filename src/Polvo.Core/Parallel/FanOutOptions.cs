namespace Polvo.Parallel;

/// <summary>Options for <see cref="FanOut"/>: how many operations run at once and in which order results come back.</summary>
public sealed class FanOutOptions
{
    /// <summary>The default for <see cref="MaxConcurrency"/>, the same as PowerShell's <c>-ThrottleLimit</c>.</summary>
    public const int DefaultMaxConcurrency = 5;

    /// <summary>The largest accepted <see cref="MaxConcurrency"/>.</summary>
    public const int MaxConcurrencyLimit = 1024;

    /// <summary>Gets or sets how many operations may be in flight at the same time (1 to 1024).</summary>
    /// <value>The default value is 5.</value>
    public int MaxConcurrency { get; set; } = DefaultMaxConcurrency;

    /// <summary>
    /// Gets or sets whether results are yielded in input order. When <see langword="false"/> each result is
    /// yielded as soon as its operation completes. When <see langword="true"/> a completed result waits in a
    /// reorder buffer until every earlier input has been yielded; the buffer holds at most
    /// <see cref="MaxConcurrency"/> completed results, so a slow item delays new work instead of growing memory.
    /// </summary>
    /// <value>The default value is <see langword="false"/>.</value>
    public bool PreserveOrder { get; set; }

    internal void Validate(string paramName)
    {
        if (MaxConcurrency is < 1 or > MaxConcurrencyLimit)
        {
            throw new ArgumentOutOfRangeException(
                paramName,
                MaxConcurrency,
                $"FanOutOptions.MaxConcurrency must be between 1 and {MaxConcurrencyLimit}, but it was {MaxConcurrency}. " +
                "Set MaxConcurrency (the -ThrottleLimit parameter in PowerShell) to a value in that range.");
        }
    }
}
