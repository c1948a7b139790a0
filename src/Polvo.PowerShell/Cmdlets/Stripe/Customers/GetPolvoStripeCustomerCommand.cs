using System.Management.Automation;
using Polvo.PowerShell.Stripe.Customers;
using Polvo.PowerShell.Stripe.Output;
using Polvo.PowerShell.Stripe.Paging;

namespace Polvo.PowerShell.Cmdlets.Stripe.Customers;

/// <summary>Get-PolvoStripeCustomer: lists, searches or gets customers, streaming each page as it arrives.</summary>
[Cmdlet(VerbsCommon.Get, "PolvoStripeCustomer", DefaultParameterSetName = ListSet, SupportsPaging = true)]
[OutputType(StripeTypeNames.Customer)]
public sealed class GetPolvoStripeCustomerCommand : PolvoStripeGetCmdlet
{
    /// <summary>The List parameter set (default).</summary>
    public const string ListSet = "List";

    /// <summary>The ById parameter set.</summary>
    public const string ByIdSet = "ById";

    /// <summary>The Search parameter set.</summary>
    public const string SearchSet = "Search";

    private static readonly GetCustomerOperation Operation = new();

    /// <summary>Gets or sets the ids of the customers to get.</summary>
    [Parameter(ParameterSetName = ByIdSet, Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("CustomerId")]
    [ValidateNotNullOrEmpty]
    public string[] Id { get; set; } = [];

    /// <summary>Gets or sets the fields to expand.</summary>
    [Parameter(ParameterSetName = ByIdSet)]
    [ValidateNotNullOrEmpty]
    public string[]? Expand { get; set; }

    /// <summary>Gets or sets the exact email address to list.</summary>
    [Parameter(ParameterSetName = ListSet)]
    [ValidateNotNullOrEmpty]
    public string? Email { get; set; }

    /// <summary>Gets or sets the earliest creation time.</summary>
    [Parameter(ParameterSetName = ListSet)]
    public DateTime? CreatedAfter { get; set; }

    /// <summary>Gets or sets the latest creation time.</summary>
    [Parameter(ParameterSetName = ListSet)]
    public DateTime? CreatedBefore { get; set; }

    /// <summary>Gets or sets the search query.</summary>
    [Parameter(ParameterSetName = SearchSet, Mandatory = true)]
    [ValidateNotNullOrEmpty]
    public string? Query { get; set; }

    /// <summary>Gets or sets the number of customers per request.</summary>
    [Parameter(ParameterSetName = ListSet)]
    [Parameter(ParameterSetName = SearchSet)]
    [ValidateRange(1, 100)]
    public int PageSize { get; set; } = GetObjectsRequest.DefaultPageSize;

    /// <summary>Maps the parameters to a request and starts it (one pipeline item per id in ById).</summary>
    protected override void ProcessRecord()
    {
        var request = new GetCustomerRequest
        {
            Connection = ResolvedConnection,
            Diagnostics = Diagnostics,
            Mode = ParameterSetName switch { ByIdSet => GetObjectsMode.ById, SearchSet => GetObjectsMode.Search, _ => GetObjectsMode.List },
            Email = Email,
            CreatedAfter = ToTime(CreatedAfter),
            CreatedBefore = ToTime(CreatedBefore),
            PageSize = PageSize,
            Ids = Id,
            Expand = Expand,
            Query = Query,
            Paging = Paging,
        };
        if (request.Mode == GetObjectsMode.ById)
        {
            foreach (string id in Id)
            {
                Submit(bridge => bridge.StartItem(id, (item, writer, ct) => Operation.GetOneAsync(item, request, writer, ct)));
            }

            return;
        }

        Submit(bridge => bridge.Start((writer, ct) => Operation.RunAsync(request, writer, ct)));
    }
}
