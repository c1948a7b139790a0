using Polvo.Export;
using Polvo.Stripe.Http;

namespace Polvo.Stripe.Services;

/// <summary>
/// Options of a partitioned export: every object in a <c>created</c> range, listed by several partitions at
/// once and merged into one stream that holds exactly the objects a serial listing would.
/// </summary>
public abstract class ExportOptions : StripeOptions
{
    /// <summary>Gets or sets the earliest creation time to include (inclusive; rounded up to the second).</summary>
    /// <value>The default value is <see langword="null"/>: from the first object.</value>
    public DateTimeOffset? CreatedAfter { get; set; }

    /// <summary>Gets or sets the creation time to stop before (exclusive).</summary>
    /// <value>The default value is <see langword="null"/>: up to the moment the export starts; later objects are not included.</value>
    public DateTimeOffset? CreatedBefore { get; set; }

    /// <summary>Gets or sets the number of objects per request (1 to 100).</summary>
    /// <value>The default value is 100.</value>
    public int PageSize { get; set; } = PartitionedExportOptions.MaxPageSize;

    /// <summary>Gets or sets the number of partitions listed at once (1 to 1024); each has one request in flight.</summary>
    /// <remarks>The client's rate limiter still caps the request rate, so a high value never trips Stripe's limit.</remarks>
    /// <value>The default value is <see cref="PartitionedExportOptions.DefaultMaxConcurrency"/> (32).</value>
    public int MaxConcurrency { get; set; } = PartitionedExportOptions.DefaultMaxConcurrency;

    /// <inheritdoc/>
    public override void Validate()
    {
        base.Validate();
        ToExportOptions(TimeProvider.System).Validate(nameof(PageSize));
    }

    /// <inheritdoc/>
    protected override void AddOwnParameters(ParameterBuilder parameters)
    {
        // Range, page size and cursor belong to each partition's request; see StripeListPageSource.
    }

    internal PartitionedExportOptions ToExportOptions(TimeProvider timeProvider) => new()
    {
        CreatedAfter = CreatedAfter,
        CreatedBefore = CreatedBefore,
        PageSize = PageSize,
        MaxConcurrency = MaxConcurrency,
        TimeProvider = timeProvider,
    };
}
