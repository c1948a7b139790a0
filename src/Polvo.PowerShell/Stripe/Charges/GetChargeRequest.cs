using Polvo.PowerShell.Stripe.Paging;

namespace Polvo.PowerShell.Stripe.Charges;

/// <summary>The parameters of Get-PolvoStripeCharge.</summary>
internal sealed class GetChargeRequest : GetObjectsRequest
{
    /// <summary>Only the charges of this customer (List).</summary>
    public string? CustomerId { get; init; }

    /// <summary>Only charges created at or after this time (List).</summary>
    public DateTimeOffset? CreatedAfter { get; init; }

    /// <summary>Only charges created at or before this time (List).</summary>
    public DateTimeOffset? CreatedBefore { get; init; }

    /// <inheritdoc/>
    public override IReadOnlyDictionary<string, object?> ListFilters()
    {
        var filters = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (!string.IsNullOrEmpty(CustomerId))
        {
            filters["customer"] = CustomerId;
        }

        AddCreated(filters, CreatedAfter, CreatedBefore);
        return filters;
    }
}
