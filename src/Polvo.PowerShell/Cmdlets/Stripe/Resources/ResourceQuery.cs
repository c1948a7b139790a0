using System.Management.Automation;

namespace Polvo.PowerShell.Cmdlets.Stripe.Resources;

/// <summary>What a generated Get- cmdlet passes to its base: its bound parameters, resource-neutral.</summary>
internal sealed class ResourceQuery
{
    /// <summary>The list filters (Stripe field name to value; null values are not sent).</summary>
    public IReadOnlyDictionary<string, object?> Filters { get; init; } = new Dictionary<string, object?>();

    /// <summary>The earliest creation time (-CreatedAfter).</summary>
    public DateTime? CreatedAfter { get; init; }

    /// <summary>The latest creation time (-CreatedBefore).</summary>
    public DateTime? CreatedBefore { get; init; }

    /// <summary>The ids (ById).</summary>
    public IReadOnlyList<string> Ids { get; init; } = [];

    /// <summary>Fields to expand (ById).</summary>
    public IReadOnlyList<string>? Expand { get; init; }

    /// <summary>The search query (Search).</summary>
    public string? Query { get; init; }

    /// <summary>Items per page.</summary>
    public int PageSize { get; init; } = 100;

    /// <summary>Partitions of a parallel export (-Parallel with -ThrottleLimit, List); 0 lists page by page.</summary>
    public int Parallel { get; init; }

    /// <summary>Ids fetched at once (ById).</summary>
    public int ThrottleLimit { get; init; } = PolvoStripeGetCmdlet.DefaultThrottleLimit;

    /// <summary>The parent id given as a parameter (a sub-resource's path, or a filter such as <c>customer</c>).</summary>
    public string? ParentId { get; init; }

    /// <summary>The parent object piped in (ByParent): its Id is the parent id.</summary>
    public PSObject? ParentObject { get; init; }

    /// <summary>The list filter the parent id goes to when the resource is not a sub-resource, such as <c>customer</c>.</summary>
    public string? ParentFilter { get; init; }
}
