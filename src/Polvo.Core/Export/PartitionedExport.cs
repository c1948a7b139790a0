namespace Polvo.Export;

// Why the export yields exactly the set a serial listing yields (no duplicates, nothing missing).
//
// Order: the source lists newest first, by created descending and then by a fixed tie order, so "after object x"
// is well defined even when thousands of objects share one second.
// Invariant: every active partition owns the objects O(p) = { o : Lo <= created(o) < Hi, and o is after the cursor
// in list order (all objects when there is no cursor) }, not yet yielded; the O(p) of all partitions are disjoint
// and their union, plus what was already yielded, is the whole export range [lower, upper).
// 1. Start: the range is cut at fixed ages (1 hour, 6 hours, 1 day, ...; SplitPlanner.InitialBands) into adjacent half-open
//    bands that cover [lower, upper) exactly, none with a cursor. Each object lies in exactly one band. The invariant holds.
// 2. Paging: a page of partition p returns the first k objects of O(p) in list order (cursor paging within a fixed
//    range is exact, ties included); they are yielded once and the cursor moves to the last one. If HasMore is
//    false, O(p) is now empty and p retires. The invariant holds.
// 3. Splitting: once p has a cursor with created = c, every object left in O(p) comes after the cursor, so it has
//    created <= c: O(p) = { after cursor, Lo <= created <= c }. For any mid with Lo < mid <= c, p keeps [mid, Hi)
//    with its cursor, and a new partition q = [Lo, mid) starts with no cursor.
//    An object of O(p) with created >= mid stays in p (it is after the cursor and in p's new range); one with
//    created < mid is in q (in q's range; q has no cursor), and it is after p's cursor, because the cursor has
//    created c >= mid and the order is by created descending. No object of q was yielded before (all yielded
//    objects of p are at or before the cursor, so created >= c >= mid). The two sets are disjoint (created >= mid
//    versus < mid) and their union is O(p). When Lo == c, no mid exists and p simply pages on.
// 4. A split while p's request is in flight (work stealing does not wait for p's page): that request was sent for
//    the old range [Lo_old, Hi) and returns the first k objects of the old O(p) in list order. The new O(p) is the
//    old O(p) restricted to created >= mid, which is a prefix of it in list order (created descending). So the
//    answer's leading items with created >= (current) Lo are exactly the first items of the new O(p), and they are
//    yielded; if any item has created < Lo, the new O(p) ends before it, so p retires; the dropped items belong to
//    q and are yielded by q. Several splits during one request only raise Lo further; the same argument holds.
//    (p's cursor only moves when its own page arrives, and every change happens under the run's lock.)
// 5. Two ends of a burst (only when the source also pages with ending_before, ICreatedRangeReversePageSource): when p
//    walks a burst and Lo = c = created of its cursor, O(p) = { objects of second c after p's cursor }. Given any
//    yielded object y older than second c, a reverse walker r over [c, c + 1) starts with cursor y, and from then on
//    O(p) and O(r) are one set shared by both: the objects of second c strictly after p's cursor a and strictly before
//    r's cursor b in list order (b is y until r yields, so at first everything of second c after a). r's page
//    (ending_before b) is the k objects of the second just before b, and p's page the k just after a: contiguous
//    runs, and each walker moves only its own cursor, one request at a time. A page of p that contains b keeps only
//    the objects before b; a page of r that contains a keeps only those after a; either then finishes, and the other
//    finishes too when its next (or in-flight) page contains the first one's final cursor, keeping nothing past it.
//    If a page does not contain the other's cursor, it lies wholly strictly between a and b (a run that starts next
//    to one cursor and reaches the other must contain it). So every object of the second after a and before b is
//    yielded once, by whichever walker reaches it first, and none twice. A walker whose page says no more has
//    reached the end of the range, which lies beyond the other's cursor, so the same holds.
// Hence every object of [lower, upper) present for the whole run is yielded exactly once.
//
// Objects that change during the run: upper is fixed when the run starts, so an object created later
// (created >= upper) is never included. An object created during the second the run started has created = upper - 1
// and may or may not be included. An object deleted during the run may or may not appear, depending on whether its
// page was fetched before the deletion. An existing, unchanged object is never missed or duplicated, because the
// cursors are positions in a fixed order that insertions and deletions of other objects do not reorder.
//
// Cost: each partition costs ceil(n/PageSize) requests for its n objects, or 1 when empty, so the waste is at most
// one request per partition (about half a request on average). Cuts happen only while fewer than MaxConcurrency
// partitions are active, only to a partition whose estimated remainder is at least 3 pages and 1.5 times the average
// (or that is walking a burst: a whole page in one second, then the cut is at that second), so the partitions ever
// created stay near MaxConcurrency plus the number finishing early. Measured on 50,000 objects over a year with
// MaxConcurrency 32: about 1.05 * items/PageSize (the in-memory tests bound it by 1.1 * items/PageSize + MaxConcurrency).
// A reverse walker costs at most two requests more than walking its burst from one end (the pages in flight when they meet).

/// <summary>
/// Lists every object of a resource by paging several <c>created</c> ranges at once, merged into one stream.
/// </summary>
/// <remarks>
/// <para>The export yields exactly the objects a serial listing of the same range yields, each once, also when any
/// number of objects share one <c>created</c> second: each partition is a half-open range [lo, hi) paged with a
/// <c>starting_after</c> cursor, and a partition whose page has more is split only below the <c>created</c> of its
/// cursor (the proof is in a comment at the top of the source file).</para>
/// <para>The first requests cover bands of the range back from its upper bound (1 day, 1 week, 30 days, 90 days,
/// 1 year, 3 years, older; with a higher <see cref="PartitionedExportOptions.MaxConcurrency"/> also 1 hour, 6 hours,
/// 3 days, 14 days, 60 days, 180 days, 2, 5 and 10 years; at most MaxConcurrency bands), so the first round trip
/// already carries up to 16 requests. When all have
/// answered, and afterwards whenever fewer than <see cref="PartitionedExportOptions.MaxConcurrency"/> partitions are
/// active, the partition with the largest estimated remainder (remaining seconds times observed density) is cut in two,
/// also while its request is in flight; a partition whose page lay in one second (a burst) is cut at that second
/// first, and when the source also pages with <c>ending_before</c> (<see cref="ICreatedRangeReversePageSource{T}"/>)
/// a second walker pages that second up from an older object until the two meet, so a burst of thousands takes half
/// the round trips. The number of requests stays near the minimum (objects / page size; measured about 5% above).</para>
/// <para>Objects created or deleted while the export runs: the upper bound is fixed when the enumeration starts,
/// so an object created later is not included (one created during that very second may be); a deleted object may
/// or may not appear, depending on whether its page was fetched before the deletion; no object that exists and is
/// unchanged for the whole run is missed or duplicated.</para>
/// <para>Items are yielded as pages arrive, in no particular order. Memory is bounded by the pages in flight
/// (at most <see cref="PartitionedExportOptions.MaxConcurrency"/>) plus a few buffered pages. Cancelling, or disposing
/// the enumerator early, cancels every request in flight and waits for them to stop. If a request fails the export
/// stops and the enumerator rethrows that exception (retries belong to the page source).</para>
/// </remarks>
public static class PartitionedExport
{
    /// <summary>Exports every object of <paramref name="source"/> in the configured <c>created</c> range.</summary>
    /// <typeparam name="T">The object type.</typeparam>
    /// <param name="source">The page source (for example an API client's list operation for one resource).</param>
    /// <param name="idOf">Returns an object's id, used as the <c>starting_after</c> cursor.</param>
    /// <param name="createdOf">Returns an object's <c>created</c> time in Unix seconds.</param>
    /// <param name="options">The options, or <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">A token that cancels the export.</param>
    /// <returns>Every object in the range, once, in no particular order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/>, <paramref name="idOf"/> or <paramref name="createdOf"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of its range.</exception>
    /// <exception cref="ArgumentException">The created bounds are inverted, or the time provider is missing.</exception>
    public static IAsyncEnumerable<T> RunAsync<T>(
        ICreatedRangePageSource<T> source,
        Func<T, string> idOf,
        Func<T, long> createdOf,
        PartitionedExportOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(idOf);
        ArgumentNullException.ThrowIfNull(createdOf);
        options ??= new PartitionedExportOptions();
        options.Validate(nameof(options));
        var snapshot = new PartitionedExportOptions
        {
            MaxConcurrency = options.MaxConcurrency,
            PageSize = options.PageSize,
            CreatedAfter = options.CreatedAfter,
            CreatedBefore = options.CreatedBefore,
            TimeProvider = options.TimeProvider,
        };
        return RunWithRangeAsync(source, idOf, createdOf, snapshot, cancellationToken);
    }

    private static async IAsyncEnumerable<T> RunWithRangeAsync<T>(
        ICreatedRangePageSource<T> source,
        Func<T, string> idOf,
        Func<T, long> createdOf,
        PartitionedExportOptions options,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // The upper bound is fixed when enumeration starts, not when RunAsync is called.
        long lower = options.CreatedAfter is { } after ? CeilingSeconds(after) : 0;
        long upper = options.CreatedBefore is { } before ? CeilingSeconds(before) : options.TimeProvider.GetUtcNow().ToUnixTimeSeconds() + 1;
        var range = new CreatedRange(Math.Max(0, lower), upper);
        await foreach (var item in PartitionedExportRun<T>.RunAsync(source, idOf, createdOf, options.MaxConcurrency, options.PageSize, range, cancellationToken).ConfigureAwait(false))
        {
            yield return item;
        }
    }

    private static long CeilingSeconds(DateTimeOffset value)
    {
        long ticks = value.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks;
        long seconds = ticks / TimeSpan.TicksPerSecond;
        return ticks % TimeSpan.TicksPerSecond > 0 ? seconds + 1 : seconds;
    }
}
