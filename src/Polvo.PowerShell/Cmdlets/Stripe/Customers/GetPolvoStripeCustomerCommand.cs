using System.Management.Automation;
using Polvo.PowerShell.Cmdlets.Completion;
using Polvo.PowerShell.Pipeline;
using Polvo.PowerShell.Stripe.Customers;
using Polvo.PowerShell.Stripe.Output;
using Polvo.PowerShell.Stripe.Paging;
using Polvo.Stripe.Entities;

namespace Polvo.PowerShell.Cmdlets.Stripe.Customers;

/// <summary>Get-PolvoStripeCustomer: lists, searches or gets customers, streaming each page as it arrives.</summary>
/// <remarks>
/// A charge from Get-PolvoStripeCharge binds -Charge (ByCharge) by value before the by-property-name step could bind
/// the charge's own Id to -Id, the way Get-PolvoStripeCharge's -Customer works (see its remarks): so
/// <c>Get-PolvoStripeCharge | Get-PolvoStripeCustomer</c> gets each charge's customer, never a charge id as a customer id.
/// </remarks>
[Cmdlet(VerbsCommon.Get, "PolvoStripeCustomer", DefaultParameterSetName = ListSet, SupportsPaging = true)]
[OutputType(typeof(Customer))]
public sealed class GetPolvoStripeCustomerCommand : PolvoStripeGetCmdlet
{
    /// <summary>The List parameter set (default).</summary>
    public const string ListSet = "List";

    /// <summary>The ById parameter set.</summary>
    public const string ByIdSet = "ById";

    /// <summary>The Search parameter set.</summary>
    public const string SearchSet = "Search";

    /// <summary>The ByCharge parameter set: the customer of each charge piped in.</summary>
    public const string ByChargeSet = "ByCharge";

    private static readonly GetCustomerOperation Operation = new();

    /// <summary>Gets or sets the ids of the customers to get.</summary>
    [Parameter(ParameterSetName = ByIdSet, Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("CustomerId")]
    [ValidateStripeId("cus", "customer")]
    [ValidateNotNullOrEmpty]
    public string[] Id { get; set; } = [];

    /// <summary>Gets or sets a charge from Get-PolvoStripeCharge whose customer to get (pipeline input; see the remarks on the class).</summary>
    [Parameter(ParameterSetName = ByChargeSet, Mandatory = true, ValueFromPipeline = true)]
    [PSTypeName(StripeTypeNames.Charge)]
    public PSObject? Charge { get; set; }

    /// <summary>Gets or sets the fields to expand.</summary>
    [Parameter(ParameterSetName = ByIdSet)]
    [Parameter(ParameterSetName = ByChargeSet)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(ExpandCompleter))]
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

    /// <summary>Gets or sets whether the list is a partitioned export, -ThrottleLimit partitions at once; customers then arrive in no particular order.</summary>
    [Parameter(ParameterSetName = ListSet)]
    public SwitchParameter Parallel { get; set; }

    /// <summary>Gets or sets how many requests run at once: partitions with -Parallel (List), ids (ById) or charges' customers (ByCharge).</summary>
    [Parameter(ParameterSetName = ListSet)]
    [Parameter(ParameterSetName = ByIdSet)]
    [Parameter(ParameterSetName = ByChargeSet)]
    [ValidateRange(1, 64)]
    public int ThrottleLimit { get; set; } = DefaultThrottleLimit;

    /// <summary>Maps the parameters to a request and starts it (one pipeline item per id in ById).</summary>
    protected override void ProcessRecord()
    {
        var request = new GetCustomerRequest
        {
            Connection = ResolvedConnection,
            Diagnostics = Diagnostics,
            Mode = ParameterSetName switch { ByIdSet or ByChargeSet => GetObjectsMode.ById, SearchSet => GetObjectsMode.Search, _ => GetObjectsMode.List },
            Email = Email,
            CreatedAfter = ToTime(CreatedAfter),
            CreatedBefore = ToTime(CreatedBefore),
            PageSize = PageSize,
            Parallel = Parallel.IsPresent ? ThrottleLimit : 0,
            Ids = Id,
            Expand = Expand,
            Query = Query,
            Paging = Paging,
        };
        if (ParameterSetName == ByChargeSet)
        {
            GetCustomerOfCharge(request);
            return;
        }

        if (request.Mode == GetObjectsMode.ById)
        {
            foreach (string id in SelectIds(Id))
            {
                Submit(bridge => bridge.StartItem(id, (item, writer, ct) => Operation.GetOneAsync(item, request, writer, ct)));
            }

            return;
        }

        Submit(bridge => bridge.Start((writer, ct) => Operation.RunAsync(request, writer, ct)));
    }

    /// <summary>Gets the customer of the piped charge; a charge without one is an error for that charge only.</summary>
    private void GetCustomerOfCharge(GetCustomerRequest request)
    {
        // The Customer property of a charge is the customer's id, or the customer itself when expanded (whose text is its id).
        string? customerId = Charge?.Properties["Customer"]?.Value?.ToString();
        if (string.IsNullOrEmpty(customerId))
        {
            string chargeId = Charge?.Properties["Id"]?.Value?.ToString() ?? "The charge";
            WriteError(new ErrorRecord(
                new ArgumentException($"{chargeId} has no customer, so Get-PolvoStripeCustomer has none to get. Filter such charges out first: Where-Object Customer."),
                "ChargeWithoutCustomer",
                ErrorCategory.InvalidArgument,
                Charge));
            return;
        }

        foreach (string id in SelectIds([customerId]))
        {
            Submit(bridge => bridge.StartItem(id, (item, writer, ct) => Operation.GetOneAsync(item, request, writer, ct)));
        }
    }

    /// <summary>The bridge fetches -ThrottleLimit ids at once.</summary>
    private protected override PipelineBridgeOptions CreateBridgeOptions() => new() { ThrottleLimit = ThrottleLimit };
}
