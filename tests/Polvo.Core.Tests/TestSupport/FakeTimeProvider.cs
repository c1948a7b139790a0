namespace Polvo.Core.Tests.TestSupport;

/// <summary>
/// A manually advanced clock. Timers fire only from <see cref="Advance"/>; tests wait for code to start
/// waiting with <see cref="WaitForPendingTimersAsync"/> instead of sleeping.
/// </summary>
public sealed class FakeTimeProvider : TimeProvider
{
    private readonly object _gate = new();
    private readonly List<FakeTimer> _timers = [];
    private readonly List<(int Count, TaskCompletionSource Signal)> _waiters = [];
    private DateTimeOffset _now;

    public FakeTimeProvider(DateTimeOffset? start = null) => _now = start ?? new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() { lock (_gate) { return _now; } }

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp() { lock (_gate) { return _now.UtcTicks; } }

    /// <summary>Timers that are armed with a finite due time.</summary>
    public int PendingTimerCount { get { lock (_gate) { return _timers.Count(t => t.Due is not null); } } }

    /// <summary>Due time (from now) of the earliest armed timer, if any.</summary>
    public TimeSpan? NextTimerDueIn
    {
        get
        {
            lock (_gate)
            {
                var armed = _timers.Where(t => t.Due is not null).ToList();
                return armed.Count == 0 ? null : armed.Min(t => t.Due!.Value) - _now;
            }
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new FakeTimer(this, callback, state);
        lock (_gate) { _timers.Add(timer); }
        timer.Change(dueTime, period);
        return timer;
    }

    /// <summary>Completes once at least <paramref name="count"/> timers are armed.</summary>
    public Task WaitForPendingTimersAsync(int count = 1)
    {
        lock (_gate)
        {
            if (_timers.Count(t => t.Due is not null) >= count) return Task.CompletedTask;
            var signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((count, signal));
            return signal.Task.WaitAsync(TimeSpan.FromSeconds(30)); // a hang fails the test instead of blocking CI
        }
    }

    /// <summary>Moves the clock forward, firing every timer that falls due on the way, in order.</summary>
    public void Advance(TimeSpan by)
    {
        DateTimeOffset target;
        lock (_gate) { target = _now + by; }
        while (true)
        {
            FakeTimer? next;
            lock (_gate)
            {
                next = _timers.Where(t => t.Due is not null && t.Due <= target).OrderBy(t => t.Due).FirstOrDefault();
                if (next is null) { _now = target; return; }
                _now = next.Due!.Value;
                next.Due = next.Period > TimeSpan.Zero && next.Period != Timeout.InfiniteTimeSpan ? _now + next.Period : null;
            }
            next.Fire();
        }
    }

    /// <summary>Advances exactly to the earliest armed timer and fires it.</summary>
    public void AdvanceToNextTimer() => Advance(NextTimerDueIn ?? throw new InvalidOperationException("No timer is armed."));

    private void Arm(FakeTimer timer, TimeSpan dueTime, TimeSpan period)
    {
        List<TaskCompletionSource> ready = [];
        lock (_gate)
        {
            timer.Due = dueTime == Timeout.InfiniteTimeSpan ? null : _now + dueTime;
            timer.Period = period;
            var armed = _timers.Count(t => t.Due is not null);
            foreach (var waiter in _waiters.Where(w => w.Count <= armed).ToList())
            {
                _waiters.Remove(waiter);
                ready.Add(waiter.Signal);
            }
        }
        foreach (var signal in ready) signal.TrySetResult();
    }

    private void Remove(FakeTimer timer) { lock (_gate) { _timers.Remove(timer); } }

    private sealed class FakeTimer(FakeTimeProvider owner, TimerCallback callback, object? state) : ITimer
    {
        public DateTimeOffset? Due { get; set; }

        public TimeSpan Period { get; set; }

        public bool Change(TimeSpan dueTime, TimeSpan period) { owner.Arm(this, dueTime, period); return true; }

        public void Fire() => callback(state);

        public void Dispose() => owner.Remove(this);

        public ValueTask DisposeAsync() { Dispose(); return ValueTask.CompletedTask; }
    }
}
