namespace Polvo.PowerShell.Stripe.Paging;

/// <summary>A Get- request of a generated cmdlet: its list filters by Stripe name, which the noun's generated handle sets on the typed list options.</summary>
/// <param name="filters">The list filters (Stripe field name to value; null values are not sent).</param>
/// <param name="createdAfter">The earliest creation time (-CreatedAfter), inclusive.</param>
/// <param name="createdBefore">The latest creation time (-CreatedBefore), inclusive.</param>
internal sealed class ResourceGetRequest(IReadOnlyDictionary<string, object?> filters, DateTimeOffset? createdAfter, DateTimeOffset? createdBefore)
    : GetObjectsRequest
{
    /// <summary>Gets the list filters.</summary>
    public IReadOnlyDictionary<string, object?> Filters => filters;

    /// <summary>Gets the earliest creation time, inclusive.</summary>
    public DateTimeOffset? CreatedAfter => createdAfter;

    /// <summary>Gets the latest creation time, inclusive.</summary>
    public DateTimeOffset? CreatedBefore => createdBefore;
}
