namespace Polvo.Resilience;

/// <summary>Exponential backoff: BaseDelay × 2^attempt, capped at MaxDelay, optionally jittered by ±25%.</summary>
internal static class BackoffDelay
{
    /// <summary>Computes the delay after the given zero-based attempt.</summary>
    /// <param name="attempt">0 after the first attempt, 1 after the second, and so on.</param>
    /// <param name="baseDelay">The delay after the first attempt.</param>
    /// <param name="maxDelay">The cap, also applied after jitter.</param>
    /// <param name="useJitter">Whether to spread the delay over ±25%.</param>
    /// <param name="random">A source of numbers in [0, 1).</param>
    public static TimeSpan Compute(int attempt, TimeSpan baseDelay, TimeSpan maxDelay, bool useJitter, Func<double> random)
    {
        var ticks = Math.Min(baseDelay.Ticks * Math.Pow(2, Math.Min(attempt, 62)), maxDelay.Ticks);
        if (useJitter)
            ticks *= 0.75 + (0.5 * random());
        return TimeSpan.FromTicks((long)Math.Min(ticks, maxDelay.Ticks));
    }
}
