namespace Polvo.Export;

/// <summary>Options for <see cref="PartitionedExport"/>.</summary>
public sealed class PartitionedExportOptions
{
    /// <summary>The default for <see cref="MaxConcurrency"/>.</summary>
    public const int DefaultMaxConcurrency = 32;

    /// <summary>The default and largest <see cref="PageSize"/> (the largest <c>limit</c> the first API accepts).</summary>
    public const int MaxPageSize = 100;

    /// <summary>
    /// Gets or sets how many partitions (and so requests) may run at the same time, 1 to 1024. To reach a rate limit
    /// of R requests/s at a latency of L seconds, use at least R × L (for example 100/s × 0.2 s = 20), plus a few; more
    /// also spends a limiter's saved-up burst sooner. The rate limiter, not this, caps the request rate.
    /// </summary>
    /// <value>The default value is 32: R × L plus a third for a limit of 100 requests/s at 0.2 to 0.3 s per page
    /// (measured on the emulator at 0.2 s: 24 partitions 0.947 of the ceiling, 32 partitions 0.976, 40 partitions 0.922).</value>
    public int MaxConcurrency { get; set; } = DefaultMaxConcurrency;

    /// <summary>Gets or sets the number of objects requested per page (the API's <c>limit</c>), 1 to 100.</summary>
    /// <value>The default value is 100.</value>
    public int PageSize { get; set; } = MaxPageSize;

    /// <summary>
    /// Gets or sets the inclusive lower bound on <c>created</c> (for example <c>created[gte]</c>); a fractional second is
    /// rounded up to the next whole second.
    /// </summary>
    /// <value>The default value is <see langword="null"/>: from the Unix epoch.</value>
    public DateTimeOffset? CreatedAfter { get; set; }

    /// <summary>
    /// Gets or sets the exclusive upper bound on <c>created</c> (for example <c>created[lt]</c>); a fractional second is
    /// rounded up to the next whole second.
    /// </summary>
    /// <value>The default value is <see langword="null"/>: the second after the export starts, taken from <see cref="TimeProvider"/>.</value>
    public DateTimeOffset? CreatedBefore { get; set; }

    /// <summary>Gets or sets the clock used to fix the upper bound when <see cref="CreatedBefore"/> is not set.</summary>
    /// <value>The default value is <see cref="System.TimeProvider.System"/>.</value>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    internal void Validate(string paramName)
    {
        if (MaxConcurrency is < 1 or > 1024)
        {
            throw new ArgumentOutOfRangeException(paramName, MaxConcurrency,
                $"PartitionedExportOptions.MaxConcurrency must be between 1 and 1024, but it was {MaxConcurrency}. Set MaxConcurrency to a value in that range.");
        }

        if (PageSize is < 1 or > MaxPageSize)
        {
            throw new ArgumentOutOfRangeException(paramName, PageSize,
                $"PartitionedExportOptions.PageSize must be between 1 and {MaxPageSize} (the largest page the API serves), but it was {PageSize}. Set PageSize to a value in that range.");
        }

        if (CreatedAfter is { } after && CreatedBefore is { } before && after >= before)
        {
            throw new ArgumentException(
                $"PartitionedExportOptions.CreatedAfter ({after:O}) must be earlier than CreatedBefore ({before:O}). Swap them or leave one unset.", paramName);
        }

        if (TimeProvider is null)
        {
            throw new ArgumentException("PartitionedExportOptions.TimeProvider must not be null. Leave it at its default (TimeProvider.System) or set a clock.", paramName);
        }
    }
}
