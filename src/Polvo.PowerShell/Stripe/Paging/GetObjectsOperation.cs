using System.Runtime.CompilerServices;
using Polvo.PowerShell.Pipeline;
using Polvo.PowerShell.Progress;
using Polvo.PowerShell.Stripe.Diagnostics;
using Polvo.PowerShell.Stripe.Output;
using Polvo.Stripe.Entities;

namespace Polvo.PowerShell.Stripe.Paging;

/// <summary>
/// The logic of the Get- cmdlets for one resource, over Polvo.Core's typed service: List and Search stream the
/// service's pages (<see cref="RunAsync"/>; List with <see cref="GetObjectsRequest.Parallel"/> streams the service's
/// partitioned export instead), ById gets one object per pipeline item (<see cref="GetOneAsync"/>); every object is
/// written as a <see cref="StripeOutput"/>. A derived class only builds the service call from the request: the pages it
/// returns must be requested without read-ahead (<c>ReadAhead = false</c>), since <see cref="PageStreamer"/> asks for
/// the next page only once the pipeline has taken the current one.
/// </summary>
/// <typeparam name="T">The entity.</typeparam>
/// <param name="noun">The plural in progress and messages, such as <c>customers</c>.</param>
/// <param name="typeName">The PSTypeName of its objects.</param>
internal abstract class GetObjectsOperation<T>(string noun, string typeName)
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

        int limit = request.Paging.LimitFor(request.PageSize);
        IAsyncEnumerable<Page<T>> pages;
        string activity;
        if (request.Mode == GetObjectsMode.Search)
        {
            string query = string.IsNullOrWhiteSpace(request.Query)
                ? throw new ArgumentException("-Query is empty; give a search query such as email:\"a@example.com\".", "Query")
                : request.Query;
            pages = SearchAsync(request, query, limit, cancellationToken);
            activity = $"Searching Stripe {noun}";
        }
        else if (request.Parallel > 1)
        {
            var exportProgress = new ProgressReporter($"Exporting Stripe {noun} ({request.Parallel} partitions)", request.Connection.Settings.TimeProvider);
            await ExportStreamer.StreamAsync(Export(request, limit, cancellationToken), limit, request.Paging, Wrap, writer, exportProgress, cancellationToken).ConfigureAwait(false);
            return;
        }
        else
        {
            pages = Page<T>.From(ListPages(request, limit, cancellationToken));
            activity = $"Listing Stripe {noun}";
        }

        var progress = new ProgressReporter(activity, request.Connection.Settings.TimeProvider);
        await PageStreamer.StreamAsync(pages, request.Paging, Wrap, writer, progress, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Gets one object by id (a pipeline item of the ById set; a failure is that item's error).</summary>
    public async Task GetOneAsync(string id, GetObjectsRequest request, IPipelineWriter writer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(writer);
        RequestObserver.Attach(writer, request.Diagnostics);
        if (string.IsNullOrWhiteSpace(id))
        {
            throw new ArgumentException("The id is empty; give the id of an existing object.", nameof(id));
        }

        T item = await GetAsync(request, id.Trim(), request.Expand is { Count: > 0 } expand ? [.. expand] : null, cancellationToken).ConfigureAwait(false);
        await writer.WriteObjectAsync(Wrap(item), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The list's pages with the request's filters, <paramref name="limit"/> per page, each requested only when asked for.</summary>
    protected abstract IAsyncEnumerable<StripeList<T>> ListPages(GetObjectsRequest request, int limit, CancellationToken cancellationToken);

    /// <summary>
    /// The search's pages for <paramref name="query"/> from <paramref name="page"/> (a <c>next_page</c>, or null for the
    /// first), each requested only when asked for; with <paramref name="totalCount"/>, expanding <c>total_count</c>.
    /// </summary>
    protected abstract IAsyncEnumerable<SearchResult<T>> SearchPages(GetObjectsRequest request, string query, int limit, string? page, bool totalCount, CancellationToken cancellationToken);

    /// <summary>One object by id, with <paramref name="expand"/> fields expanded.</summary>
    protected abstract Task<T> GetAsync(GetObjectsRequest request, string id, List<string>? expand, CancellationToken cancellationToken);

    /// <summary>The partitioned export of the List set's filters (-Parallel), with <see cref="GetObjectsRequest.Parallel"/> partitions.</summary>
    protected abstract IAsyncEnumerable<T> Export(GetObjectsRequest request, int pageSize, CancellationToken cancellationToken);

    /// <summary>
    /// The search's pages. With -IncludeTotalCount only the first page asks for <c>total_count</c> (Stripe counts the
    /// matches only when asked, and the count is written once); the rest resume from its cursor without it.
    /// </summary>
    private async IAsyncEnumerable<Page<T>> SearchAsync(GetObjectsRequest request, string query, int limit, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        string? resume = null;
        if (request.Paging.IncludeTotalCount)
        {
            SearchResult<T>? first = null;
            await foreach (var page in SearchPages(request, query, limit, null, totalCount: true, cancellationToken).ConfigureAwait(false))
            {
                first = page;
                break; // no read-ahead, so leaving after the first page requests no other
            }

            if (first is null)
            {
                yield break;
            }

            var counted = Page<T>.Of(first);
            yield return counted;
            if (!counted.HasMore)
            {
                yield break;
            }

            resume = first.NextPage;
        }

        await foreach (var page in Page<T>.From(SearchPages(request, query, limit, resume, totalCount: false, cancellationToken), cancellationToken).ConfigureAwait(false))
        {
            yield return page;
        }
    }

    private StripeOutput Wrap(T item) => new(item, typeName);
}
