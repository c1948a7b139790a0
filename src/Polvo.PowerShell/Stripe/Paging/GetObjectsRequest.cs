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

    /// <summary>-Skip, -First and -IncludeTotalCount.</summary>
    public PagingRequest Paging { get; init; } = PagingRequest.All;

    /// <summary>The list filters sent with every page (List), such as <c>email</c> or <c>created[gte]</c>.</summary>
    public abstract IReadOnlyDictionary<string, object?> ListFilters();

    /// <summary>Adds <c>created[gte]</c> and <c>created[lte]</c> when set.</summary>
    protected static void AddCreated(Dictionary<string, object?> filters, DateTimeOffset? after, DateTimeOffset? before)
    {
        ArgumentNullException.ThrowIfNull(filters);
        if (after is null && before is null)
        {
            return;
        }

        if (after > before)
        {
            throw new ArgumentException($"-CreatedAfter ({after:u}) is later than -CreatedBefore ({before:u}); swap them.", "CreatedAfter");
        }

        filters["created"] = new Dictionary<string, object?>(StringComparer.Ordinal) { ["gte"] = after, ["lte"] = before };
    }
}
