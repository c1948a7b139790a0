namespace Polvo.PowerShell.Stripe.Paging;

/// <summary>A Get- request of a generated cmdlet: its list filters are given as a dictionary.</summary>
/// <param name="filters">The list filters (Stripe field name to value; null values are not sent).</param>
/// <param name="createdAfter">The earliest creation time (-CreatedAfter), inclusive.</param>
/// <param name="createdBefore">The latest creation time (-CreatedBefore), inclusive.</param>
internal sealed class ResourceGetRequest(IReadOnlyDictionary<string, object?> filters, DateTimeOffset? createdAfter, DateTimeOffset? createdBefore)
    : GetObjectsRequest
{
    /// <inheritdoc/>
    /// <remarks>A reversed created range is an error naming -CreatedAfter, raised when the list starts.</remarks>
    public override IReadOnlyDictionary<string, object?> ListFilters()
    {
        var result = new Dictionary<string, object?>(filters, StringComparer.Ordinal);
        AddCreated(result, createdAfter, createdBefore);
        return result;
    }
}
