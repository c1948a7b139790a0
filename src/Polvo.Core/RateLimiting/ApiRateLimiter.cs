namespace Polvo.RateLimiting;

/// <summary>
/// A token bucket that paces requests to one API budget. Callers wait their turn (first come, first served)
/// on a single timer each, never polling.
/// </summary>
/// <remarks>
/// After a 429 (<see cref="ReportRateLimited"/>) the rate halves (at most once per second, never below an eighth
/// of the configured rate), nothing starts before the server's <c>Retry-After</c>, and any saved-up burst is
/// dropped. The lowered rate holds for a 5-second cool-down, then climbs back by a tenth of the configured rate
/// per second. A caller that cancels while waiting gives up its slot, so the budget errs on the slow side.
/// </remarks>
public sealed class ApiRateLimiter
{
    private static readonly TimeSpan CoolDown = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan MinTimeBetweenReductions = TimeSpan.FromSeconds(1);
    private const double RecoveryPerSecond = 0.1;
    private const double MinRateFraction = 0.125;

    private readonly object _gate = new();
    private readonly TimeProvider _timeProvider;
    private readonly long _origin;
    private TimeSpan _nextStart; // theoretical start of the next request, as elapsed time since _origin
    private double? _reducedRate;
    private TimeSpan _reducedAt;

    /// <summary>Creates a limiter.</summary>
    /// <param name="requestsPerSecond">The steady rate; greater than 0.</param>
    /// <param name="burst">How many requests may start at once after a quiet spell; at least 1.</param>
    /// <param name="timeProvider">The clock; null means <see cref="TimeProvider.System"/>.</param>
    /// <exception cref="ArgumentException">The rate or burst is out of range.</exception>
    public ApiRateLimiter(double requestsPerSecond, int burst, TimeProvider? timeProvider = null)
    {
        new RateLimitOptions { RequestsPerSecond = requestsPerSecond, Burst = burst }.Validate();
        (RequestsPerSecond, Burst) = (requestsPerSecond, burst);
        _timeProvider = timeProvider ?? TimeProvider.System;
        _origin = _timeProvider.GetTimestamp();
    }

    /// <summary>Gets the configured steady rate in requests per second.</summary>
    public double RequestsPerSecond { get; private set; }

    /// <summary>Gets how many requests may start at once after a quiet spell.</summary>
    public int Burst { get; private set; }

    /// <summary>Gets the rate in force now: lower than <see cref="RequestsPerSecond"/> for a while after a 429.</summary>
    public double CurrentRequestsPerSecond { get { lock (_gate) { return EffectiveRate(Now); } } }

    /// <summary>Waits until the caller may send one request.</summary>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>A task that completes when the request may start.</returns>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public ValueTask AcquireAsync(CancellationToken cancellationToken = default)
    {
        if (cancellationToken.IsCancellationRequested)
            return ValueTask.FromCanceled(cancellationToken);
        TimeSpan wait;
        lock (_gate)
        {
            var now = Now;
            var interval = Interval(EffectiveRate(now));
            var next = _nextStart > now ? _nextStart : now;
            wait = next - (interval * (Burst - 1)) - now;
            _nextStart = next + interval;
        }

        return wait <= TimeSpan.Zero ? default : new ValueTask(Task.Delay(wait, _timeProvider, cancellationToken));
    }

    /// <summary>Tells the limiter the server answered 429, so it slows down instead of hammering.</summary>
    /// <param name="retryAfter">The server's <c>Retry-After</c>, if any; no request starts before it passes.</param>
    public void ReportRateLimited(TimeSpan? retryAfter = null)
    {
        lock (_gate)
        {
            var now = Now;
            var rate = EffectiveRate(now);
            if (_reducedRate is null || now - _reducedAt >= MinTimeBetweenReductions)
            {
                rate = Math.Max(rate / 2, RequestsPerSecond * MinRateFraction);
                _reducedRate = rate;
            }

            _reducedAt = now;
            var pause = retryAfter > TimeSpan.Zero ? retryAfter.Value : TimeSpan.Zero;
            var emptyBucket = now + pause + (Interval(rate) * (Burst - 1));
            if (_nextStart < emptyBucket)
                _nextStart = emptyBucket;
        }
    }

    internal void Reconfigure(double requestsPerSecond, int burst)
    {
        lock (_gate)
        {
            (RequestsPerSecond, Burst) = (requestsPerSecond, burst);
            _reducedRate = _reducedRate is { } reduced ? Math.Min(reduced, requestsPerSecond) : null;
        }
    }

    private TimeSpan Now => _timeProvider.GetElapsedTime(_origin);

    private static TimeSpan Interval(double rate) => TimeSpan.FromTicks((long)(TimeSpan.TicksPerSecond / rate));

    private double EffectiveRate(TimeSpan now)
    {
        if (_reducedRate is not { } reduced)
            return RequestsPerSecond;
        var recovering = now - _reducedAt - CoolDown;
        if (recovering <= TimeSpan.Zero)
            return reduced;
        var rate = reduced + (RequestsPerSecond * RecoveryPerSecond * recovering.TotalSeconds);
        if (rate < RequestsPerSecond)
            return rate;
        _reducedRate = null;
        return RequestsPerSecond;
    }
}
