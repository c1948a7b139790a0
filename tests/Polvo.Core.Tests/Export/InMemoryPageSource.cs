using Polvo.Export;

namespace Polvo.Core.Tests.Export;

/// <summary>
/// An in-memory list endpoint with Stripe's semantics: newest first (created descending, then the later-inserted
/// object first), <c>created[gte]</c>/<c>created[lt]</c> found by binary search, <c>starting_after</c> looked up by id,
/// <c>ending_before</c> (the objects just newer than the cursor, newest first), <c>limit</c>, <c>has_more</c>. Counts requests and the peak number in flight; an optional hook runs inside each
/// request so tests can hold requests open with awaitable signals.
/// </summary>
public sealed class InMemoryPageSource : ICreatedRangeReversePageSource<ExportObject>
{
    private readonly ExportObject[] _sorted;
    private readonly Dictionary<string, int> _positionOf;
    private int _requests;
    private int _inFlight;
    private int _peakInFlight;
    private int _emptyPages;
    private int _reverseRequests;

    public InMemoryPageSource(IEnumerable<ExportObject> objects)
    {
        _sorted = objects.OrderByDescending(o => o.Created).ThenByDescending(o => o.Sequence).ToArray();
        _positionOf = new Dictionary<string, int>(_sorted.Length);
        for (int i = 0; i < _sorted.Length; i++)
        {
            _positionOf.Add(_sorted[i].Id, i);
        }
    }

    /// <summary>Runs inside every request, before it answers (for example <c>Task.Yield</c> or a gate).</summary>
    public Func<CreatedRange, CancellationToken, Task>? OnRequest { get; init; }

    public int Requests => Volatile.Read(ref _requests);

    public int InFlight => Volatile.Read(ref _inFlight);

    public int PeakInFlight => Volatile.Read(ref _peakInFlight);

    public int EmptyPages => Volatile.Read(ref _emptyPages);

    /// <summary>Gets how many requests paged with <c>ending_before</c>.</summary>
    public int ReverseRequests => Volatile.Read(ref _reverseRequests);

    public int Count => _sorted.Length;

    public static ExportObject Id(long created, long sequence) => new($"obj_{sequence:D8}", created, sequence);

    public Task<ExportPage<ExportObject>> FetchPageAsync(CreatedRange range, string? startingAfter, int limit, CancellationToken cancellationToken) =>
        RequestAsync(range, () => Page(range, startingAfter, limit), cancellationToken);

    public Task<ExportPage<ExportObject>> FetchPageBeforeAsync(CreatedRange range, string endingBefore, int limit, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _reverseRequests);
        return RequestAsync(range, () => PageBefore(range, endingBefore, limit), cancellationToken);
    }

    private async Task<ExportPage<ExportObject>> RequestAsync(CreatedRange range, Func<ExportPage<ExportObject>> page, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _requests);
        int now = Interlocked.Increment(ref _inFlight);
        int peak;
        while (now > (peak = Volatile.Read(ref _peakInFlight)) && Interlocked.CompareExchange(ref _peakInFlight, now, peak) != peak)
        {
        }

        try
        {
            if (OnRequest is { } hook)
            {
                await hook(range, cancellationToken);
            }

            cancellationToken.ThrowIfCancellationRequested();
            return page();
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    /// <summary>The whole range, listed serially page by page as a Stripe auto-pager would.</summary>
    public List<ExportObject> SerialListing(CreatedRange range, int limit = 100)
    {
        var all = new List<ExportObject>();
        string? cursor = null;
        while (true)
        {
            var page = Page(range, cursor, limit);
            all.AddRange(page.Items);
            if (!page.HasMore) return all;
            cursor = page.Items[^1].Id;
        }
    }

    private ExportPage<ExportObject> Page(CreatedRange range, string? startingAfter, int limit)
    {
        int start = FirstIndexWithCreatedBelow(range.LessThan);
        int end = FirstIndexWithCreatedBelow(range.GreaterThanOrEqual);
        if (startingAfter is not null)
        {
            if (!_positionOf.TryGetValue(startingAfter, out int position))
            {
                throw new InvalidOperationException($"No such object: '{startingAfter}'");
            }

            start = Math.Max(start, position + 1);
        }

        int count = Math.Max(0, Math.Min(limit, end - start));
        var items = count == 0 ? Array.Empty<ExportObject>() : _sorted.AsSpan(start, count).ToArray();
        if (count == 0) Interlocked.Increment(ref _emptyPages);
        return new ExportPage<ExportObject>(items, start + count < end);
    }

    private ExportPage<ExportObject> PageBefore(CreatedRange range, string endingBefore, int limit)
    {
        int start = FirstIndexWithCreatedBelow(range.LessThan);
        int end = FirstIndexWithCreatedBelow(range.GreaterThanOrEqual);
        if (!_positionOf.TryGetValue(endingBefore, out int position))
        {
            throw new InvalidOperationException($"No such object: '{endingBefore}'");
        }

        int to = Math.Min(position, end);
        int from = Math.Max(start, to - limit);
        int count = Math.Max(0, to - from);
        var items = count == 0 ? Array.Empty<ExportObject>() : _sorted.AsSpan(from, count).ToArray();
        if (count == 0) Interlocked.Increment(ref _emptyPages);
        return new ExportPage<ExportObject>(items, from > start);
    }

    /// <summary>The first index whose created is below <paramref name="bound"/> (the list is sorted descending).</summary>
    private int FirstIndexWithCreatedBelow(long bound)
    {
        int lo = 0, hi = _sorted.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_sorted[mid].Created >= bound) lo = mid + 1;
            else hi = mid;
        }

        return lo;
    }
}
