using Polvo.PowerShell.Stripe.Paging;
using Polvo.Stripe.Services;

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

    /// <summary>
    /// The List request for one customer piped into Get-PolvoStripeCharge (ByCustomer): these filters, page size and
    /// paging, with <paramref name="customerId"/>, the Id of the piped object.
    /// </summary>
    /// <exception cref="ArgumentException">The Id is missing or not a string (ParamName is Customer).</exception>
    public GetChargeRequest ForCustomer(object? customerId) => new()
    {
        Connection = Connection,
        Diagnostics = Diagnostics,
        Mode = GetObjectsMode.List,
        CustomerId = customerId is string id && !string.IsNullOrWhiteSpace(id)
            ? id.Trim()
            : throw new ArgumentException(
                "The piped Polvo.Stripe.Customer has no Id; pipe customers from Get-PolvoStripeCustomer, or give the id with -CustomerId.", "Customer"),
        CreatedAfter = CreatedAfter,
        CreatedBefore = CreatedBefore,
        PageSize = PageSize,
        Paging = Paging,
    };

    /// <summary>The list's options: -CustomerId and the created range, <paramref name="limit"/> per page, no read-ahead (the pipeline asks for each page).</summary>
    public ChargeListOptions ToListOptions(int limit) => new()
    {
        Customer = string.IsNullOrEmpty(CustomerId) ? null : CustomerId,
        Created = CreatedFilter(CreatedAfter, CreatedBefore),
        Limit = limit,
        ReadAhead = false,
    };

    /// <summary>The options of the parallel export (-Parallel) that yields exactly what the list filters yield.</summary>
    /// <param name="pageSize">Items per request.</param>
    public ChargeExportOptions ToExportOptions(int pageSize)
    {
        var (after, before) = ExportRange(CreatedAfter, CreatedBefore);
        return new ChargeExportOptions
        {
            Customer = string.IsNullOrEmpty(CustomerId) ? null : CustomerId,
            CreatedAfter = after,
            CreatedBefore = before,
            PageSize = pageSize,
            MaxConcurrency = Parallel,
        };
    }
}
