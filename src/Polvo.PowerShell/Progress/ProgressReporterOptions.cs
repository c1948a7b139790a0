namespace Polvo.PowerShell.Progress;

/// <summary>Options of <see cref="ProgressReporter"/>, validated once by <see cref="Validate"/>.</summary>
internal sealed class ProgressReporterOptions
{
    /// <summary>Shortest time between two updates.</summary>
    /// <value>The default value is 250 ms (at most four updates a second).</value>
    public TimeSpan MinimumInterval { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>Work running at least this long shows progress even before its second page.</summary>
    /// <value>The default value is 1 second.</value>
    public TimeSpan StartDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The activity id passed to the host.</summary>
    /// <value>The default value is 1.</value>
    public int ActivityId { get; set; } = 1;

    /// <summary>Throws when a value is out of range.</summary>
    public ProgressReporterOptions Validate()
    {
        if (MinimumInterval < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(MinimumInterval), MinimumInterval, "MinimumInterval must not be negative.");
        }

        if (StartDelay < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(StartDelay), StartDelay, "StartDelay must not be negative.");
        }

        return this;
    }
}
