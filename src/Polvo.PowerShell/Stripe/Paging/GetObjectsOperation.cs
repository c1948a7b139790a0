using Polvo.PowerShell.Pipeline;
using Polvo.PowerShell.Progress;
using Polvo.PowerShell.Stripe.Diagnostics;
using Polvo.PowerShell.Stripe.Output;
using Polvo.Stripe.Entities;

namespace Polvo.PowerShell.Stripe.Paging;

/// <summary>
/// The logic of the Get- cmdlets for one resource: List and Search stream pages (<see cref="RunAsync"/>; List with
/// <see cref="GetObjectsRequest.Parallel"/> streams a partitioned export instead), ById gets
/// one object per pipeline item (<see cref="GetOneAsync"/>); every object is written as a <see cref="StripeOutput"/>.
/// </summary>
internal class GetObjectsOperation<T>(StripeResource<T> resource)
    where T : StripeEntity
{
    /// <summary>Streams the List or Search set into <paramref name="writer"/> (ById goes through <see cref="GetOneAsync"/>, one pipeline item per id).</summary>
    public async Task RunAsync(GetObjectsRequest request, IPipelineWriter writer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(writer);
        RequestObserver.Attach(writer, request.Diagnostics);
        if (request.Mode == GetObjectsMode.ById)
        {
            throw new InvalidOperationException("The ById set runs one GetOneAsync per id, so each id fails on its own.");
        }

        var fetcher = new StripePageFetcher<T>(request.Connection, resource);

        Func<string?, int, CancellationToken, Task<Page<T>>> fetchPage;
        string activity;
        if (request.Mode == GetObjectsMode.Search)
        {
            string query = string.IsNullOrWhiteSpace(request.Query)
                ? throw new ArgumentException("-Query is empty; give a search query such as email:\"a@example.com\".", "Query")
                : request.Query;
            fetchPage = (cursor, limit, ct) => fetcher.SearchAsync(query, cursor, limit, request.Paging.IncludeTotalCount, ct);
            activity = $"Searching Stripe {resource.Noun}";
        }
        else if (request.Parallel > 1)
        {
            var exportProgress = new ProgressReporter($"Exporting Stripe {resource.Noun} ({request.Parallel} partitions)", request.Connection.Settings.TimeProvider);
            int pageSize = request.Paging.LimitFor(request.PageSize);
            await ExportStreamer.StreamAsync(Export(request, pageSize, cancellationToken), pageSize, request.Paging, Wrap, writer, exportProgress, cancellationToken).ConfigureAwait(false);
            return;
        }
        else
        {
            var filters = request.ListFilters();
            fetchPage = (cursor, limit, ct) => fetcher.ListAsync(filters, cursor, limit, ct);
            activity = $"Listing Stripe {resource.Noun}";
        }

        var progress = new ProgressReporter(activity, request.Connection.Settings.TimeProvider);
        await PageStreamer.StreamAsync(fetchPage, request.PageSize, request.Paging, Wrap, writer, progress, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Gets one object by id (a pipeline item of the ById set; a failure is that item's error).</summary>
    public async Task GetOneAsync(string id, GetObjectsRequest request, IPipelineWriter writer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(writer);
        RequestObserver.Attach(writer, request.Diagnostics);
        T item = await new StripePageFetcher<T>(request.Connection, resource).GetAsync(id, request.Expand, cancellationToken).ConfigureAwait(false);
        await writer.WriteObjectAsync(Wrap(item), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The partitioned export of the List set's filters (-Parallel), with <see cref="GetObjectsRequest.Parallel"/> partitions.</summary>
    protected virtual IAsyncEnumerable<T> Export(GetObjectsRequest request, int pageSize, CancellationToken cancellationToken) =>
        throw new NotSupportedException($"-Parallel is not available for {resource.Noun}; leave it out to list page by page.");

    private StripeOutput Wrap(T item) => new(item, resource.TypeName);
}
