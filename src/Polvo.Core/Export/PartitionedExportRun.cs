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

    /// <summary>After the first MaxConcurrency partitions, one more partition is allowed per this many pages fetched.</summary>
    internal const int PagesPerExtraPartition = 16;

    /// <summary>A partition may split when its estimated remainder is at least this share of the largest one.</summary>
    internal const double LargestShare = 0.75;

    private readonly ICreatedRangePageSource<T> _source;
    private readonly Func<T, string> _idOf;
    private readonly Func<T, long> _createdOf;
    private readonly int _maxConcurrency;
    private readonly int _pageSize;
    private readonly long _lowerBound;
    private readonly CancellationToken _token;
    private readonly CancellationTokenSource _cts;
    private readonly Channel<IReadOnlyList<T>> _pages = Channel.CreateBounded<IReadOnlyList<T>>(
        new BoundedChannelOptions(BufferedPages) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    private readonly TaskCompletionSource _allDone = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly object _lock = new();
    private readonly List<ExportPartition> _active = [];
    private int _created;
    private long _itemsFetched;
    private Exception? _failure;

    private PartitionedExportRun(
        ICreatedRangePageSource<T> source, Func<T, string> idOf, Func<T, long> createdOf, int maxConcurrency, int pageSize, long lowerBound, CancellationTokenSource cts)
    {
        _source = source;
        _idOf = idOf;
        _createdOf = createdOf;
        _maxConcurrency = maxConcurrency;
        _pageSize = pageSize;
        _lowerBound = lowerBound;
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
        var run = new PartitionedExportRun<T>(source, idOf, createdOf, maxConcurrency, pageSize, range.GreaterThanOrEqual, cts);
        lock (run._lock)
        {
            run.Add(new ExportPartition(range.GreaterThanOrEqual, range.LessThan));
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

    private async Task WorkAsync(ExportPartition partition)
    {
        try
        {
            while (true)
            {
                var page = await _source.FetchPageAsync(partition.Range, partition.Cursor, _pageSize, _token).ConfigureAwait(false);
                var items = page.Items;
                if (page.HasMore && items.Count == 0)
                {
                    throw new InvalidOperationException(
                        $"The page source returned an empty page with HasMore = true for created range {partition.Range}; the export cannot advance its cursor. Fix the ICreatedRangePageSource implementation.");
                }

                lock (_lock)
                {
                    _itemsFetched += items.Count;
                    if (page.HasMore)
                    {
                        var last = items[^1];
                        partition.Advance(items.Count, _createdOf(items[0]), _idOf(last), _createdOf(last));
                        SplitIfUseful(partition);
                    }
                }

                if (items.Count > 0)
                {
                    await _pages.Writer.WriteAsync(items, _token).ConfigureAwait(false);
                }

                if (!page.HasMore)
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
    /// Splits <paramref name="partition"/> (which is between requests) when a slot is free, the split budget allows
    /// it, and it has the largest estimated remainder of all partitions with a cursor. The caller holds the lock.
    /// </summary>
    private void SplitIfUseful(ExportPartition partition)
    {
        int free = _maxConcurrency - _active.Count;
        long budget = _maxConcurrency + (_itemsFetched / ((long)_pageSize * PagesPerExtraPartition)) - _created;
        if (free <= 0 || budget <= 0)
        {
            return;
        }

        // Estimates shrink by a page at each arrival, so "strictly the largest" would let similar partitions veto
        // each other forever; being within LargestShare of the largest is enough.
        double mine = partition.EstimatedRemaining;
        foreach (var other in _active)
        {
            if (other != partition && other.EstimatedRemaining * LargestShare > mine)
            {
                return; // a clearly wider partition will split when its own page arrives
            }
        }

        int pieces = (int)Math.Min(free, budget) + 1;
        var bounds = SplitPlanner.Boundaries(partition, pieces, partition.Lo == _lowerBound, _pageSize);
        if (bounds.Count == 0)
        {
            return;
        }

        long oldLo = partition.Lo;
        partition.Lo = bounds[0];
        for (int j = 0; j < bounds.Count; j++)
        {
            long lo = j + 1 < bounds.Count ? bounds[j + 1] : oldLo;
            Add(new ExportPartition(lo, bounds[j]));
        }
    }

    private void Retire(ExportPartition partition)
    {
        bool last;
        Exception? failure;
        lock (_lock)
        {
            _active.Remove(partition);
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
