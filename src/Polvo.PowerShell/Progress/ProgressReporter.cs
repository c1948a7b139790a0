namespace Polvo.PowerShell.Progress;

/// <summary>
/// Decides when to show progress: only for work longer than a page (from the second page on, or once the work
/// has run for <see cref="ProgressReporterOptions.StartDelay"/>), at most one update per
/// <see cref="ProgressReporterOptions.MinimumInterval"/>, and always a final Completed record once any update
/// was shown. Each method returns the record to post, or null when nothing should be shown. Thread-safe.
/// </summary>
internal sealed class ProgressReporter
{
    private readonly object _gate = new();
    private readonly string _activity;
    private readonly long? _total;
    private readonly ProgressReporterOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly long _startTimestamp;
    private long _items;
    private int _pages;
    private long? _lastUpdateTimestamp;
    private bool _completed;

    /// <summary>Starts measuring now.</summary>
    /// <param name="activity">What is being done, shown as the progress title.</param>
    /// <param name="timeProvider">The clock.</param>
    /// <param name="total">The total item count when known (for a percentage), otherwise null.</param>
    /// <param name="options">Options; null for the defaults.</param>
    public ProgressReporter(string activity, TimeProvider timeProvider, long? total = null, ProgressReporterOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(activity);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _activity = activity;
        _timeProvider = timeProvider;
        _total = total;
        _options = (options ?? new ProgressReporterOptions()).Validate();
        _startTimestamp = timeProvider.GetTimestamp();
    }

    /// <summary>Items so far.</summary>
    public long ItemsProcessed => Interlocked.Read(ref _items);

    /// <summary>Records a page of <paramref name="itemCount"/> items.</summary>
    public PolvoProgress? ReportPage(int itemCount)
    {
        lock (_gate)
        {
            _pages++;
            return Add(itemCount);
        }
    }

    /// <summary>Records <paramref name="itemCount"/> items done one by one (not paged).</summary>
    public PolvoProgress? ReportItems(int itemCount)
    {
        lock (_gate)
        {
            return Add(itemCount);
        }
    }

    /// <summary>The final Completed record if any update was shown, otherwise null. Returns a record once.</summary>
    public PolvoProgress? Complete()
    {
        lock (_gate)
        {
            if (_completed || _lastUpdateTimestamp is null)
            {
                return null;
            }

            _completed = true;
            return Create(_timeProvider.GetElapsedTime(_startTimestamp), completed: true);
        }
    }

    private PolvoProgress? Add(int itemCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(itemCount);
        Interlocked.Add(ref _items, itemCount);
        long now = _timeProvider.GetTimestamp();
        TimeSpan elapsed = _timeProvider.GetElapsedTime(_startTimestamp, now);
        bool longerThanAPage = _pages > 1 || elapsed >= _options.StartDelay;
        bool throttled = _lastUpdateTimestamp is { } last && _timeProvider.GetElapsedTime(last, now) < _options.MinimumInterval;
        if (_completed || !longerThanAPage || throttled)
        {
            return null;
        }

        _lastUpdateTimestamp = now;
        return Create(elapsed, completed: false);
    }

    private PolvoProgress Create(TimeSpan elapsed, bool completed)
    {
        long items = _items;
        double rate = elapsed > TimeSpan.Zero ? items / elapsed.TotalSeconds : 0;
        int percent = _total is > 0 ? (int)Math.Min(100, items * 100 / _total.Value) : -1;
        string status = completed
            ? $"Done: {items} items, {rate:0.#}/s"
            : $"{items} items, {rate:0.#}/s";
        return new PolvoProgress(_options.ActivityId, _activity, status, items, rate, completed ? 100 : percent, completed);
    }
}
