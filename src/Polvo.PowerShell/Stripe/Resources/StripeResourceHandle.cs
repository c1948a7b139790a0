using Polvo.PowerShell.Pipeline;
using Polvo.PowerShell.Stripe.Paging;

namespace Polvo.PowerShell.Stripe.Resources;

/// <summary>
/// A collection of a generated cmdlet, without its entity type in the signature: the cmdlet classes reach Polvo.Core's
/// types only inside method bodies, so PowerShell can load them at Import-Module before Polvo.Core's load context is
/// set up (a generic base class over an entity would load Polvo.Core with the cmdlet type and fail the import).
/// Each noun's generated handle (<see cref="StripeResourceHandle{T}"/>) calls its typed Polvo.Core service.
/// </summary>
/// <param name="noun">The plural in messages, such as <c>invoices</c>.</param>
/// <param name="typeName">The PSTypeName of its objects.</param>
/// <param name="parentNoun">The parent's noun of a sub-resource (such as <c>customer</c>), else null.</param>
/// <param name="parentParameter">The parameter naming the parent of a sub-resource (such as <c>Customer</c>), else null.</param>
internal abstract class StripeResourceHandle(string noun, string typeName, string? parentNoun, string? parentParameter)
{
    /// <summary>Gets the plural in messages, such as <c>invoices</c>.</summary>
    public string Noun => noun;

    /// <summary>Gets the PSTypeName of its objects.</summary>
    public string TypeName => typeName;

    /// <summary>Gets the parent's noun of a sub-resource, else null.</summary>
    public string? ParentNoun => parentNoun;

    /// <summary>Gets the parameter naming the parent of a sub-resource.</summary>
    public string? ParentParameter => parentParameter;

    /// <summary>Gets whether the path holds a parent's id.</summary>
    public bool HasParent => ParentNoun is not null;

    /// <summary>Streams the List or Search set (List with -Parallel: the partitioned export).</summary>
    public abstract Task RunAsync(string? parentId, ResourceGetRequest request, IPipelineWriter writer, CancellationToken cancellationToken);

    /// <summary>Gets one object by id.</summary>
    public abstract Task GetOneAsync(string? parentId, string id, ResourceGetRequest request, IPipelineWriter writer, CancellationToken cancellationToken);

    /// <summary>Sends one write and writes the returned object when <see cref="StripeCommandContext.PassThru"/>.</summary>
    public abstract Task WriteAsync(ResourceWriteRequest request, StripeCommandContext context, IPipelineWriter writer, CancellationToken cancellationToken);
}
