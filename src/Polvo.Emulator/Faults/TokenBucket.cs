namespace Polvo.Emulator.Faults;

/// <summary>A token bucket holding one second's worth of requests, refilled continuously.</summary>
internal sealed class TokenBucket(double ratePerSecond, TimeProvider time)
{
    private readonly double _capacity = Math.Max(1, ratePerSecond);
    private double _tokens = Math.Max(1, ratePerSecond);
    private long _last = time.GetTimestamp();

    public bool TryTake()
    {
        lock (this)
        {
            var now = time.GetTimestamp();
            _tokens = Math.Min(_capacity, _tokens + (time.GetElapsedTime(_last, now).TotalSeconds * ratePerSecond));
            _last = now;
            if (_tokens < 1) return false;
            _tokens -= 1;
            return true;
        }
    }
}
