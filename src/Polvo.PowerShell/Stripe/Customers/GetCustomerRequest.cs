using Polvo.PowerShell.Stripe.Paging;

namespace Polvo.PowerShell.Stripe.Customers;

/// <summary>The parameters of Get-PolvoStripeCustomer.</summary>
internal sealed class GetCustomerRequest : GetObjectsRequest
{
    /// <summary>The exact email to list (List).</summary>
    public string? Email { get; init; }

    /// <summary>Only customers created at or after this time (List).</summary>
    public DateTimeOffset? CreatedAfter { get; init; }

    /// <summary>Only customers created at or before this time (List).</summary>
    public DateTimeOffset? CreatedBefore { get; init; }

    /// <summary>Partitions of a parallel export (List); 0 or 1 lists sequentially.</summary>
    public int Parallel { get; init; }

    /// <inheritdoc/>
    public override IReadOnlyDictionary<string, object?> ListFilters()
    {
        var filters = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (!string.IsNullOrEmpty(Email))
        {
            filters["email"] = Email;
        }

        AddCreated(filters, CreatedAfter, CreatedBefore);
        return filters;
    }
}
