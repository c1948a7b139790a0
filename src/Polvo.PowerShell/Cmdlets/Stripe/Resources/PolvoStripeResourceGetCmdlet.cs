using System.Management.Automation;
using Polvo.PowerShell.Pipeline;
using Polvo.PowerShell.Stripe.Paging;
using Polvo.PowerShell.Stripe.Resources;

namespace Polvo.PowerShell.Cmdlets.Stripe.Resources;

/// <summary>
/// Base of the generated Get- cmdlets (Cmdlets/Stripe/Generated): the generated class declares the parameters and
/// hands them to <see cref="Run"/>, which streams List and Search from the noun's typed Polvo.Core service (its
/// generated handle; <see cref="PageStreamer"/> asks for each page once the pipeline has taken the previous one),
/// exports with -Parallel, and fans piped ids out -ThrottleLimit at once.
/// </summary>
public abstract class PolvoStripeResourceGetCmdlet : PolvoStripeGetCmdlet
{
    /// <summary>The List parameter set (default): list with filters.</summary>
    public const string ListSet = "List";

    /// <summary>The ById parameter set.</summary>
    public const string ByIdSet = "ById";

    /// <summary>The Search parameter set.</summary>
    public const string SearchSet = "Search";

    /// <summary>The parameter set that lists the objects of a piped parent (a customer's invoices).</summary>
    public const string ByParentSet = "ByParent";

    private int _throttleLimit = DefaultThrottleLimit;

    /// <summary>The collection the cmdlet reads.</summary>
    private protected abstract StripeResourceHandle Resource { get; }

    /// <summary>Lists, searches or gets by id, as the parameter set says.</summary>
    private protected void Run(ResourceQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        _throttleLimit = query.ThrottleLimit;
        if (!TryResolveParent(query, out string? parentId))
        {
            return;
        }

        var resource = Resource;
        string? pathParent = resource.HasParent ? parentId : null;
        var mode = ParameterSetName switch { ByIdSet => GetObjectsMode.ById, SearchSet => GetObjectsMode.Search, _ => GetObjectsMode.List };
        var filters = new Dictionary<string, object?>(query.Filters, StringComparer.Ordinal);
        if (query.ParentFilter is not null && parentId is not null && !Resource.HasParent)
        {
            filters[query.ParentFilter] = parentId;
        }

        var request = new ResourceGetRequest(filters, ToTime(query.CreatedAfter), ToTime(query.CreatedBefore))
        {
            Connection = ResolvedConnection,
            Diagnostics = Diagnostics,
            Mode = mode,
            PageSize = query.PageSize,
            Ids = query.Ids,
            Expand = query.Expand,
            Query = query.Query,
            Parallel = mode == GetObjectsMode.List ? query.Parallel : 0,
            Paging = Paging,
        };
        if (mode == GetObjectsMode.ById)
        {
            foreach (string id in SelectIds(query.Ids))
            {
                Submit(bridge => bridge.StartItem(id, (item, writer, ct) => resource.GetOneAsync(pathParent, item, request, writer, ct)));
            }

            return;
        }

        Submit(bridge => bridge.Start((writer, ct) => resource.RunAsync(pathParent, request, writer, ct)));
    }

    /// <summary>The bridge fetches -ThrottleLimit ids at once.</summary>
    private protected override PipelineBridgeOptions CreateBridgeOptions() => new() { ThrottleLimit = _throttleLimit };

    /// <summary>
    /// The parent id: the Id of the piped parent object (ByParent), else the parent id parameter. A sub-resource
    /// (a customer's tax ids) needs one; its absence is this item's error naming the parameter.
    /// </summary>
    private bool TryResolveParent(ResourceQuery query, out string? parentId)
    {
        parentId = query.ParentObject is { } parent ? parent.Properties["Id"]?.Value?.ToString() : query.ParentId;
        if (!Resource.HasParent || !string.IsNullOrWhiteSpace(parentId))
        {
            return true;
        }

        WriteError(new ErrorRecord(
            new ArgumentException($"{MyInvocation.MyCommand.Name} needs the {Resource.ParentNoun} whose {Resource.Noun} to read: give -{Resource.ParentParameter}, or pipe {Resource.ParentNoun} objects in."),
            "ParentIdMissing",
            ErrorCategory.InvalidArgument,
            query.ParentObject));
        return false;
    }
}
