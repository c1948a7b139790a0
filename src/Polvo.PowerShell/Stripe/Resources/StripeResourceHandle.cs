using Polvo.PowerShell.Pipeline;
using Polvo.PowerShell.Stripe.Paging;
using Polvo.Stripe.Entities;

namespace Polvo.PowerShell.Stripe.Resources;

/// <summary>
/// A collection of a generated cmdlet, without its entity type in the signature: the cmdlet classes reach Polvo.Core's
/// types only inside method bodies, so PowerShell can load them at Import-Module before Polvo.Core's load context is
/// set up (a generic base class over an entity would load Polvo.Core with the cmdlet type and fail the import).
/// </summary>
internal abstract class StripeResourceHandle
{
    /// <summary>Gets the plural in messages, such as <c>invoices</c>.</summary>
    public abstract string Noun { get; }

    /// <summary>Gets the PSTypeName of its objects.</summary>
    public abstract string TypeName { get; }

    /// <summary>Gets the parent's noun of a sub-resource, else null.</summary>
    public abstract string? ParentNoun { get; }

    /// <summary>Gets the parameter naming the parent of a sub-resource.</summary>
    public abstract string? ParentParameter { get; }

    /// <summary>Gets whether the path holds a parent's id.</summary>
    public bool HasParent => ParentNoun is not null;

    /// <summary>The collection path under <paramref name="parentId"/> (a sub-resource), else the path.</summary>
    public abstract string PathUnder(string? parentId);

    /// <summary>Streams the List or Search set.</summary>
    public abstract Task RunAsync(string? parentId, GetObjectsRequest request, IPipelineWriter writer, CancellationToken cancellationToken);

    /// <summary>Gets one object by id.</summary>
    public abstract Task GetOneAsync(string? parentId, string id, GetObjectsRequest request, IPipelineWriter writer, CancellationToken cancellationToken);

    /// <summary>Sends one write and writes the returned object when <see cref="StripeCommandContext.PassThru"/>.</summary>
    public abstract Task WriteAsync(HttpMethod method, string path, IReadOnlyDictionary<string, object?> parameters, string? idempotencyKey, StripeCommandContext context, IPipelineWriter writer, CancellationToken cancellationToken);
}

/// <summary>The handle of a <see cref="StripeResource{T}"/>.</summary>
/// <typeparam name="T">The entity.</typeparam>
/// <param name="resource">The collection.</param>
internal sealed class StripeResourceHandle<T>(StripeResource<T> resource) : StripeResourceHandle
    where T : StripeEntity
{
    /// <inheritdoc/>
    public override string Noun => resource.Noun;

    /// <inheritdoc/>
    public override string TypeName => resource.TypeName;

    /// <inheritdoc/>
    public override string? ParentNoun => resource.ParentNoun;

    /// <inheritdoc/>
    public override string? ParentParameter => resource.ParentParameter;

    /// <inheritdoc/>
    public override string PathUnder(string? parentId) => Under(parentId).Path;

    /// <inheritdoc/>
    public override Task RunAsync(string? parentId, GetObjectsRequest request, IPipelineWriter writer, CancellationToken cancellationToken) =>
        new GetObjectsOperation<T>(Under(parentId)).RunAsync(request, writer, cancellationToken);

    /// <inheritdoc/>
    public override Task GetOneAsync(string? parentId, string id, GetObjectsRequest request, IPipelineWriter writer, CancellationToken cancellationToken) =>
        new GetObjectsOperation<T>(Under(parentId)).GetOneAsync(id, request, writer, cancellationToken);

    /// <inheritdoc/>
    public override Task WriteAsync(HttpMethod method, string path, IReadOnlyDictionary<string, object?> parameters, string? idempotencyKey, StripeCommandContext context, IPipelineWriter writer, CancellationToken cancellationToken) =>
        ResourceWriteOperation<T>.RunAsync(new ResourceWriteRequest<T>(resource, method, path, parameters, idempotencyKey), context, writer, cancellationToken);

    private StripeResource<T> Under(string? parentId) => parentId is null ? resource : resource.Under(parentId);
}
