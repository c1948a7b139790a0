using Polvo.PowerShell.Stripe.Paging;
using Polvo.Stripe.Services;

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

    /// <summary>The list's options: -Email and the created range, <paramref name="limit"/> per page, no read-ahead (the pipeline asks for each page).</summary>
    public CustomerListOptions ToListOptions(int limit) => new()
    {
        Email = string.IsNullOrEmpty(Email) ? null : Email,
        Created = CreatedFilter(CreatedAfter, CreatedBefore),
        Limit = limit,
        ReadAhead = false,
    };

    /// <summary>The options of the parallel export (-Parallel) that yields exactly what the list filters yield.</summary>
    /// <param name="pageSize">Items per request.</param>
    public CustomerExportOptions ToExportOptions(int pageSize)
    {
        var (after, before) = ExportRange(CreatedAfter, CreatedBefore);
        return new CustomerExportOptions
        {
            Email = string.IsNullOrEmpty(Email) ? null : Email,
            CreatedAfter = after,
            CreatedBefore = before,
            PageSize = pageSize,
            MaxConcurrency = Parallel,
        };
    }
}
