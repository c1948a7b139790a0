using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace Polvo.Export;

/// <summary>
/// One partitioned export: one worker task per active partition, pages merged through a bounded channel, splits
/// decided under one lock. See <see cref="PartitionedExport"/> for the algorithm and its proof.
/// </summary>
internal sealed class PartitionedExportRun<T>
{
    /// <summary>Pages fetched but not yet consumed; with at most MaxConcurrency pages in flight this bounds memory.</summary>
    internal const int BufferedPages = 4;

    /// <summary>A partition is split only when its estimated remainder is at least this many pages (3, not 4: the last partitions still share out their remainders, so the end has fewer stragglers; measured bound_ratio 0.88 -> 0.90 at 24 partitions).</summary>
    internal const double MinPagesToSplit = 3;

    private readonly ICreatedRangePageSource<T> _source;
    private readonly ICreatedRangeReversePageSource<T>? _reverse;
    private readonly Func<T, string> _idOf;
    private readonly Func<T, long> _createdOf;
    private readonly int _maxConcurrency;
    private readonly int _pageSize;
    private readonly long _lowerBound;
    private readonly long _upperBound;
    private readonly CancellationToken _token;
    private readonly CancellationTokenSource _cts;
    private readonly Channel<IReadOnlyList<T>> _pages = Channel.CreateBounded<IReadOnlyList<T>>(
        new BoundedChannelOptions(BufferedPages) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    private readonly TaskCompletionSource _allDone = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly object _lock = new();
    private readonly List<ExportPartition> _active = [];
    private int _created;
    private int _bandsPending;
    private Exception? _failure;
    private string? _anchorId; // the oldest object yielded so far: a reverse walker's first ending_before
    private long _anchorCreated = long.MaxValue;

    private PartitionedExportRun(
        ICreatedRangePageSource<T> source, Func<T, string> idOf, Func<T, long> createdOf, int maxConcurrency, int pageSize, CreatedRange range, CancellationTokenSource cts)
    {
        _source = source;
        _reverse = source as ICreatedRangeReversePageSource<T>;
        _idOf = idOf;
        _createdOf = createdOf;
        _maxConcurrency = maxConcurrency;
        _pageSize = pageSize;
        _lowerBound = range.GreaterThanOrEqual;
        _upperBound = range.LessThan;
        _cts = cts;
        _token = cts.Token;
    }

    public static async IAsyncEnumerable<T> RunAsync(
        ICreatedRangePageSource<T> source,
        Func<T, string> idOf,
        Func<T, long> createdOf,
        int maxConcurrency,
        int pageSize,
        CreatedRange range,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (range.GreaterThanOrEqual >= range.LessThan)
        {
            yield break;
        }

        using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var run = new PartitionedExportRun<T>(source, idOf, createdOf, maxConcurrency, pageSize, range, cts);
        lock (run._lock)
        {
            var bands = SplitPlanner.InitialBands(range, maxConcurrency);
            run._bandsPending = bands.Count;
            foreach (var band in bands)
            {
                run.Add(new ExportPartition(band.GreaterThanOrEqual, band.LessThan, isInitialBand: true));
            }
        }

        try
        {
            var reader = run._pages.Reader;
            while (await reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
            {
                while (reader.TryRead(out var page))
                {
                    foreach (var item in page)
                    {
                        yield return item;
                    }
                }
            }
        }
        finally
        {
            cts.Cancel(); // stops every request when the consumer disposes early, fails or is cancelled
            await run._allDone.Task.ConfigureAwait(false);
        }
    }

    /// <summary>Registers and starts a partition; the caller holds the lock.</summary>
    private void Add(ExportPartition partition)
    {
        _active.Add(partition);
        _created++;
        _ = Task.Run(() => WorkAsync(partition), CancellationToken.None);
    }

    /// <summary>Gets the number of partitions created so far (for tests).</summary>
    internal int Created => _created;

    private async Task WorkAsync(ExportPartition partition)
    {
        try
        {
            while (true)
            {
                CreatedRange range;
                string? cursor;
                lock (_lock)
                {
                    (range, cursor) = (partition.Range, partition.Cursor);
                }

                var page = partition.IsReverse
                    ? await _reverse!.FetchPageBeforeAsync(range, cursor!, _pageSize, _token).ConfigureAwait(false)
                    : await _source.FetchPageAsync(range, cursor, _pageSize, _token).ConfigureAwait(false);
                var items = page.Items;
                if (page.HasMore && items.Count == 0)
                {
                    throw new InvalidOperationException(
                        $"The page source returned an empty page with HasMore = true for created range {range}; the export cannot advance its cursor. Fix the ICreatedRangePageSource implementation.");
                }

                bool more;
                lock (_lock)
                {
                    (items, more) = Accept(partition, items, page.HasMore);
                    Rebalance();
                }

                if (items.Count > 0)
                {
                    await _pages.Writer.WriteAsync(items, _token).ConfigureAwait(false);
                }

                if (!more)
                {
                    return;
                }
            }
        }
        catch (OperationCanceledException) when (_token.IsCancellationRequested)
        {
            // The consumer stopped, was cancelled, or another partition failed.
        }
        catch (Exception ex)
        {
            lock (_lock)
            {
                _failure ??= ex;
            }

            _cts.Cancel();
        }
        finally
        {
            Retire(partition);
        }
    }

    /// <summary>
    /// Keeps the leading items still at or above the partition's Lo (a split while the request was in flight may have
    /// raised it; the list is newest first, so what lies below Lo is a tail, owned by the new partition), advances the
    /// cursor, and says whether the partition has more. The caller holds the lock.
    /// </summary>
    private (IReadOnlyList<T> Items, bool More) Accept(ExportPartition partition, IReadOnlyList<T> items, bool hasMore)
    {
        if (partition.IsInitialBand && !partition.Answered)
        {
            _bandsPending--;
        }

        partition.Answered = true;
        if (partition.IsReverse)
        {
            return AcceptReverse(partition, items, hasMore);
        }

        int keep = 0;
        while (keep < items.Count && _createdOf(items[keep]) >= partition.Lo)
        {
            keep++;
        }

        if (partition.Partner is { } bottom && IndexOf(items, bottom.Cursor!, keep) is var met and >= 0)
        {
            keep = met; // the walkers met: the reverse walker already yielded its newest object and everything older
        }

        if (keep < items.Count)
        {
            items = items.Take(keep).ToArray();
            hasMore = false; // an item below Lo (everything after it is below Lo too), or the reverse walker's
        }

        if (keep > 0 && _createdOf(items[^1]) < _anchorCreated)
        {
            (_anchorId, _anchorCreated) = (_idOf(items[^1]), _createdOf(items[^1]));
        }

        if (hasMore || (partition.Partner is not null && keep > 0))
        {
            partition.Advance(keep, _createdOf(items[0]), _idOf(items[^1]), _createdOf(items[^1])); // a walker's cursor is also its partner's stop
        }

        partition.Done = !hasMore;
        return (items, hasMore);
    }

    /// <summary>
    /// A reverse walker's page (the objects just newer than its cursor, newest first): keeps those older than the
    /// forward walker's cursor (what lies at or above it was yielded by the forward walker) and moves the cursor to the
    /// newest kept. The caller holds the lock.
    /// </summary>
    private (IReadOnlyList<T> Items, bool More) AcceptReverse(ExportPartition partition, IReadOnlyList<T> items, bool hasMore)
    {
        if (IndexOf(items, partition.Partner!.Cursor!, items.Count) is var met and >= 0)
        {
            items = items.Skip(met + 1).ToArray();
            hasMore = false;
        }

        if (items.Count > 0)
        {
            partition.AdvanceReverse(items.Count, _idOf(items[0]), _createdOf(items[0]));
        }

        partition.Done = !hasMore;
        return (items, hasMore);
    }

    private int IndexOf(IReadOnlyList<T> items, string id, int count)
    {
        for (int i = 0; i < count; i++)
        {
            if (string.Equals(_idOf(items[i]), id, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// Starts a reverse walker for a partition walking a burst: its page lay in one second, nothing below that second
    /// is left to it (Lo is the cursor's second), and an object older than the second is known. The caller holds the lock.
    /// </summary>
    private bool TryWalkBurstFromBothEnds()
    {
        if (_reverse is null || _anchorId is null)
        {
            return false;
        }

        foreach (var top in _active)
        {
            if (!top.IsReverse && top.Partner is null && !top.Done && top.InBurst && top.Cursor is not null && top.Lo == top.CursorCreated && _anchorCreated < top.Lo)
            {
                Add(ExportPartition.ReverseWalker(top, _anchorId, _anchorCreated));
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Work stealing: while fewer than MaxConcurrency partitions are active, cuts the partition with the largest
    /// estimated remainder in two (also while its request is in flight). Waits until every initial band has answered,
    /// so the first cuts are spread by the densities of all bands. The caller holds the lock.
    /// </summary>
    private void Rebalance()
    {
        if (_bandsPending > 0 || _failure is not null || _token.IsCancellationRequested)
        {
            return;
        }

        while (_active.Count < _maxConcurrency)
        {
            if (TryWalkBurstFromBothEnds())
            {
                continue;
            }

            double total = 0;
            int withCursor = 0;
            foreach (var candidate in _active)
            {
                if (candidate.Cursor is not null && !candidate.Done && !candidate.IsReverse)
                {
                    total += SplitPlanner.EstimatedRemaining(candidate, candidate.Lo == _lowerBound, _upperBound);
                    withCursor++;
                }
            }

            ExportPartition? best = null;
            double bestRemaining = -1;
            foreach (var candidate in _active)
            {
                double remaining = candidate.Cursor is null || candidate.IsReverse ? 0 : SplitPlanner.EstimatedRemaining(candidate, candidate.Lo == _lowerBound, _upperBound);
                double priority = candidate.InBurst ? double.MaxValue : remaining;
                if (priority > bestRemaining && SplitPlanner.Worth(candidate, remaining, total / Math.Max(1, withCursor), MinPagesToSplit * _pageSize))
                {
                    (best, bestRemaining) = (candidate, priority);
                }
            }

            if (best is null)
            {
                return;
            }

            long mid = SplitPlanner.Midpoint(best, best.Lo == _lowerBound, _upperBound, _pageSize);
            long oldLo = best.Lo;
            best.Lo = mid;
            Add(new ExportPartition(oldLo, mid));
        }
    }

    private void Retire(ExportPartition partition)
    {
        bool last;
        Exception? failure;
        lock (_lock)
        {
            _active.Remove(partition);
            Rebalance();
            last = _active.Count == 0;
            failure = _failure;
        }

        if (last)
        {
            _pages.Writer.TryComplete(failure);
            _allDone.TrySetResult();
        }
    }
}
