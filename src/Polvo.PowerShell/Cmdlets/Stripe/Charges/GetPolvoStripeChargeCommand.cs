using System.Management.Automation;
using Polvo.PowerShell.Cmdlets.Completion;
using Polvo.PowerShell.Pipeline;
using Polvo.PowerShell.Stripe.Charges;
using Polvo.PowerShell.Stripe.Output;
using Polvo.PowerShell.Stripe.Paging;
using Polvo.Stripe.Entities;

namespace Polvo.PowerShell.Cmdlets.Stripe.Charges;

/// <summary>Get-PolvoStripeCharge: lists, searches or gets charges, streaming each page as it arrives.</summary>
/// <remarks>
/// How a piped object finds its set (PowerShell's pipeline binder, CmdletParameterBinderController /
/// PipelineParameterBinder): with no set fixed by the command line, ById and ByCustomer both take pipeline input by
/// value, so the binder prioritizes no set and tries, for each object, ByValue without coercion, then ByPropertyName
/// without coercion, then both with coercion; in each step the default set (List) first, then the rest. A parameter
/// bound in one step narrows the valid sets to its own, so later steps never consider the other sets.
/// <list type="bullet">
/// <item>A customer from Get-PolvoStripeCustomer (a PSObject whose TypeNames hold Polvo.Stripe.Customer) binds
/// -Customer in the first step: PSObject takes it uncoerced and [PSTypeName] matches. So ByCustomer is chosen before
/// the by-property-name step could bind the customer's Id to -Id (the old behaviour: the charge id was a customer id).</item>
/// <item>Anything else fails [PSTypeName] there. Without coercion that is a plain ParameterBindingException, with
/// coercion one wrapping a PSInvalidCastException; the binder ignores both for a ValueFromPipeline parameter, so
/// -Customer never errors for other input. -Customer is deliberately not ByPropertyName: a charge has a Customer
/// property, and a by-property-name [PSTypeName] mismatch is an error, not a skip.</item>
/// <item>A string binds -Id (ById) by value; a charge, or any object with Id or ChargeId, binds -Id by property
/// name; an object with CustomerId binds -CustomerId of List (the default set, tried first in that step).</item>
/// </list>
/// Deserialized customers (from a remote session or Receive-Job) carry Deserialized.Polvo.Stripe.Customer, so they
/// bind as before, by their Id; select CustomerId for them.
/// </remarks>
[Cmdlet(VerbsCommon.Get, "PolvoStripeCharge", DefaultParameterSetName = ListSet, SupportsPaging = true)]
[OutputType(typeof(Charge))]
public sealed class GetPolvoStripeChargeCommand : PolvoStripeGetCmdlet
{
    /// <summary>The List parameter set (default).</summary>
    public const string ListSet = "List";

    /// <summary>The ById parameter set.</summary>
    public const string ByIdSet = "ById";

    /// <summary>The Search parameter set.</summary>
    public const string SearchSet = "Search";

    /// <summary>The ByCustomer parameter set: the charges of each customer piped in.</summary>
    public const string ByCustomerSet = "ByCustomer";

    private static readonly GetChargeOperation Operation = new();

    /// <summary>Gets or sets the ids of the charges to get.</summary>
    [Parameter(ParameterSetName = ByIdSet, Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("ChargeId")]
    [ValidateNotNullOrEmpty]
    public string[] Id { get; set; } = [];

    /// <summary>Gets or sets the fields to expand.</summary>
    [Parameter(ParameterSetName = ByIdSet)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(ExpandCompleter))]
    public string[]? Expand { get; set; }

    /// <summary>Gets or sets a customer from Get-PolvoStripeCustomer whose charges to list (pipeline input; see the remarks on the class).</summary>
    [Parameter(ParameterSetName = ByCustomerSet, Mandatory = true, ValueFromPipeline = true)]
    [PSTypeName(StripeTypeNames.Customer)]
    public PSObject? Customer { get; set; }

    /// <summary>Gets or sets the customer whose charges to list.</summary>
    [Parameter(ParameterSetName = ListSet, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string? CustomerId { get; set; }

    /// <summary>Gets or sets the earliest creation time.</summary>
    [Parameter(ParameterSetName = ListSet)]
    [Parameter(ParameterSetName = ByCustomerSet)]
    public DateTime? CreatedAfter { get; set; }

    /// <summary>Gets or sets the latest creation time.</summary>
    [Parameter(ParameterSetName = ListSet)]
    [Parameter(ParameterSetName = ByCustomerSet)]
    public DateTime? CreatedBefore { get; set; }

    /// <summary>Gets or sets the search query.</summary>
    [Parameter(ParameterSetName = SearchSet, Mandatory = true)]
    [ValidateNotNullOrEmpty]
    public string? Query { get; set; }

    /// <summary>Gets or sets the number of charges per request.</summary>
    [Parameter(ParameterSetName = ListSet)]
    [Parameter(ParameterSetName = SearchSet)]
    [Parameter(ParameterSetName = ByCustomerSet)]
    [ValidateRange(1, 100)]
    public int PageSize { get; set; } = GetObjectsRequest.DefaultPageSize;

    /// <summary>Gets or sets whether the list is a partitioned export, -ThrottleLimit partitions at once; charges then arrive in no particular order.</summary>
    [Parameter(ParameterSetName = ListSet)]
    public SwitchParameter Parallel { get; set; }

    /// <summary>Gets or sets how many requests run at once: partitions with -Parallel (List), ids (ById) or piped customers' lists (ByCustomer).</summary>
    [Parameter(ParameterSetName = ListSet)]
    [Parameter(ParameterSetName = ByIdSet)]
    [Parameter(ParameterSetName = ByCustomerSet)]
    [ValidateRange(1, 64)]
    public int ThrottleLimit { get; set; } = DefaultThrottleLimit;

    /// <summary>Maps the parameters to a request and starts it (one pipeline item per id in ById, per customer in ByCustomer).</summary>
    protected override void ProcessRecord()
    {
        var request = new GetChargeRequest
        {
            Connection = ResolvedConnection,
            Diagnostics = Diagnostics,
            Mode = ParameterSetName switch { ByIdSet => GetObjectsMode.ById, SearchSet => GetObjectsMode.Search, _ => GetObjectsMode.List },
            CustomerId = CustomerId,
            CreatedAfter = ToTime(CreatedAfter),
            CreatedBefore = ToTime(CreatedBefore),
            PageSize = PageSize,
            Parallel = Parallel.IsPresent ? ThrottleLimit : 0,
            Ids = Id,
            Expand = Expand,
            Query = Query,
            Paging = Paging,
        };
        if (ParameterSetName == ByCustomerSet)
        {
            // The Id property of the piped object (the Customer's own Id, or a note property of a hand-made object).
            object? customerId = PolvoPSObjects.Unwrap(Customer?.Properties["Id"]?.Value);
            Submit(bridge => bridge.StartItem(customerId, (item, writer, ct) => Operation.ListForCustomerAsync(item, request, writer, ct)));
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

    /// <summary>The bridge fetches -ThrottleLimit ids, or lists -ThrottleLimit customers' charges, at once.</summary>
    private protected override PipelineBridgeOptions CreateBridgeOptions() => new() { ThrottleLimit = ThrottleLimit };
}
