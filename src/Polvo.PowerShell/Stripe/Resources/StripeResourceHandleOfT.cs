using Polvo.PowerShell.Pipeline;
using Polvo.PowerShell.Stripe.Diagnostics;
using Polvo.PowerShell.Stripe.Output;
using Polvo.PowerShell.Stripe.Paging;
using Polvo.Stripe;
using Polvo.Stripe.Entities;
using Polvo.Stripe.Services;

namespace Polvo.PowerShell.Stripe.Resources;

/// <summary>
/// The handle of one noun over its typed Polvo.Core service: the generated class (Cmdlets/Stripe/Generated/*Resource.cs)
/// builds the service's options from the cmdlet's fields and calls it; this class streams, writes and labels the
/// results. Lists and searches must be requested with <c>ReadAhead = false</c>: the next page is asked for only when the
/// pipeline has taken the current one.
/// </summary>
/// <typeparam name="T">The entity.</typeparam>
internal abstract class StripeResourceHandle<T>(string noun, string typeName, string? parentNoun = null, string? parentParameter = null)
    : StripeResourceHandle(noun, typeName, parentNoun, parentParameter)
    where T : StripeEntity
{
    /// <inheritdoc/>
    public override Task RunAsync(string? parentId, ResourceGetRequest request, IPipelineWriter writer, CancellationToken cancellationToken) =>
        new Operation(this, parentId).RunAsync(request, writer, cancellationToken);

    /// <inheritdoc/>
    public override Task GetOneAsync(string? parentId, string id, ResourceGetRequest request, IPipelineWriter writer, CancellationToken cancellationToken) =>
        new Operation(this, parentId).GetOneAsync(id, request, writer, cancellationToken);

    /// <inheritdoc/>
    public override async Task WriteAsync(ResourceWriteRequest request, StripeCommandContext context, IPipelineWriter writer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(writer);
        RequestObserver.Attach(writer, context.Diagnostics);
        var requestOptions = request.IdempotencyKey is null ? null : new RequestOptions { IdempotencyKey = request.IdempotencyKey };
        T item = await SendAsync(context.Connection.Client, request.Operation, request.ParentId?.Trim(), request.Id?.Trim(), new ResourceFields(request.Fields), requestOptions, cancellationToken)
            .ConfigureAwait(false);
        if (context.PassThru)
        {
            // Stripe's answer to a delete is the deleted marker; a DELETE that cancels (a subscription) returns the object.
            await writer.WriteObjectAsync(new StripeOutput(item, request.Operation == ResourceWriteRequest.Delete ? StripeTypeNames.DeletedObject : TypeName), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The list's pages: the fields as the list options' filters, <paramref name="created"/>, <paramref name="limit"/> per page, no read-ahead.</summary>
    protected virtual IAsyncEnumerable<StripeList<T>> ListPages(StripeClient client, string? parentId, ResourceFields filters, DateRangeFilter? created, int limit, CancellationToken cancellationToken) =>
        throw new NotSupportedException($"Stripe has no list of {Noun}; get them by id instead.");

    /// <summary>The search's pages for <paramref name="query"/> from <paramref name="page"/>, no read-ahead; <c>total_count</c> expanded when <paramref name="totalCount"/>.</summary>
    protected virtual IAsyncEnumerable<SearchResult<T>> SearchPages(StripeClient client, string query, int limit, string? page, bool totalCount, CancellationToken cancellationToken) =>
        throw new ArgumentException($"Stripe has no search for {Noun}; list with filters instead.", "Query");

    /// <summary>The partitioned export (-Parallel) of the list filters in [<paramref name="after"/>, <paramref name="before"/>).</summary>
    protected virtual IAsyncEnumerable<T> Export(StripeClient client, string? parentId, ResourceFields filters, DateTimeOffset? after, DateTimeOffset? before, int pageSize, int partitions, CancellationToken cancellationToken) =>
        throw new NotSupportedException($"-Parallel is not available for {Noun}; leave it out to list page by page.");

    /// <summary>One object by id.</summary>
    protected virtual Task<T> GetAsync(StripeClient client, string? parentId, string id, List<string>? expand, CancellationToken cancellationToken) =>
        throw new NotSupportedException($"Stripe has no way to get one of the {Noun} by id; list them instead.");

    /// <summary>Sends the write <paramref name="operation"/> (<c>create</c>, <c>update</c>, <c>delete</c> or Stripe's action) with the fields as its typed options.</summary>
    protected abstract Task<T> SendAsync(StripeClient client, string operation, string? parentId, string? id, ResourceFields fields, RequestOptions? requestOptions, CancellationToken cancellationToken);

    /// <summary>A write this noun's cmdlets never send (a generator bug, not a user's).</summary>
    protected Exception UnknownOperation(string operation) => new InvalidOperationException($"The {Noun} cmdlets have no '{operation}' write.");

    /// <summary>The Get- logic over this handle's typed calls, for one parent.</summary>
    private sealed class Operation(StripeResourceHandle<T> handle, string? parentId) : GetObjectsOperation<T>(handle.Noun, handle.TypeName)
    {
        protected override IAsyncEnumerable<StripeList<T>> ListPages(GetObjectsRequest request, int limit, CancellationToken cancellationToken)
        {
            var get = (ResourceGetRequest)request;
            return handle.ListPages(request.Connection.Client, parentId, new ResourceFields(get.Filters), GetObjectsRequest.CreatedFilter(get.CreatedAfter, get.CreatedBefore), limit, cancellationToken);
        }

        protected override IAsyncEnumerable<SearchResult<T>> SearchPages(GetObjectsRequest request, string query, int limit, string? page, bool totalCount, CancellationToken cancellationToken) =>
            handle.SearchPages(request.Connection.Client, query, limit, page, totalCount, cancellationToken);

        protected override Task<T> GetAsync(GetObjectsRequest request, string id, List<string>? expand, CancellationToken cancellationToken) =>
            handle.GetAsync(request.Connection.Client, parentId, id, expand, cancellationToken);

        protected override IAsyncEnumerable<T> Export(GetObjectsRequest request, int pageSize, CancellationToken cancellationToken)
        {
            var get = (ResourceGetRequest)request;
            var (after, before) = GetObjectsRequest.ExportRange(get.CreatedAfter, get.CreatedBefore);
            return handle.Export(request.Connection.Client, parentId, new ResourceFields(get.Filters), after, before, pageSize, request.Parallel, cancellationToken);
        }
    }
}
