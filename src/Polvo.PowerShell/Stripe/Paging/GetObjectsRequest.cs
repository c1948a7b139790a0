using Polvo.Stripe.Services;

namespace Polvo.PowerShell.Stripe.Paging;

/// <summary>What a Get- cmdlet asks for, whatever the resource: the set, its filters, page size and paging.</summary>
internal abstract class GetObjectsRequest : StripeCommandRequest
{
    /// <summary>The default page size (Stripe's largest).</summary>
    public const int DefaultPageSize = 100;

    /// <summary>The parameter set.</summary>
    public GetObjectsMode Mode { get; init; }

    /// <summary>Items per request, 1 to 100.</summary>
    public int PageSize { get; init; } = DefaultPageSize;

    /// <summary>The ids (ById).</summary>
    public IReadOnlyList<string> Ids { get; init; } = [];

    /// <summary>Fields to expand (ById).</summary>
    public IReadOnlyList<string>? Expand { get; init; }

    /// <summary>The search query (Search).</summary>
    public string? Query { get; init; }

    /// <summary>Partitions of a parallel export (List); 0 or 1 lists page by page.</summary>
    public int Parallel { get; init; }

    /// <summary>-Skip, -First and -IncludeTotalCount.</summary>
    public PagingRequest Paging { get; init; } = PagingRequest.All;

    /// <summary>
    /// The <c>created</c> filter of a list, <c>created[gte]</c> and <c>created[lte]</c> (inclusive), or null when
    /// neither bound is set. A reversed range is an error naming -CreatedAfter, raised when the list starts.
    /// </summary>
    public static DateRangeFilter? CreatedFilter(DateTimeOffset? after, DateTimeOffset? before)
    {
        if (after is null && before is null)
        {
            return null;
        }

        CheckOrder(after, before);
        return new DateRangeFilter { Gte = after, Lte = before };
    }

    /// <summary>
    /// The range of a parallel export that holds exactly what the list filters hold: <c>created[gte]</c> and
    /// <c>created[lte]</c> compare whole Unix seconds (inclusive), while the export's end is exclusive.
    /// </summary>
    public static (DateTimeOffset? After, DateTimeOffset? Before) ExportRange(DateTimeOffset? after, DateTimeOffset? before)
    {
        CheckOrder(after, before);
        return (
            after is { } a ? DateTimeOffset.FromUnixTimeSeconds(a.ToUnixTimeSeconds()) : null,
            before is { } b ? DateTimeOffset.FromUnixTimeSeconds(b.ToUnixTimeSeconds() + 1) : null);
    }

    private static void CheckOrder(DateTimeOffset? after, DateTimeOffset? before)
    {
        if (after > before)
        {
            throw new ArgumentException($"-CreatedAfter ({after:u}) is later than -CreatedBefore ({before:u}); swap them.", "CreatedAfter");
        }
    }
}
