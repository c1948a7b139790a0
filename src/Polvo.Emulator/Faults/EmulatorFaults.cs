using System.Collections.Concurrent;
using Polvo.Emulator.Faults;

namespace Polvo.Emulator;

/// <summary>
/// The emulator's latency, rate limit and fault switches. Thread-safe and changeable while the emulator runs,
/// so a test can seed data first and then turn faults on. Starts from <see cref="EmulatorOptions"/>.
/// </summary>
public sealed class EmulatorFaults
{
    private readonly object _gate = new();
    private readonly TimeProvider _time;
    private readonly Random _random;
    private ConcurrentDictionary<string, TokenBucket> _buckets = new(StringComparer.Ordinal);
    private int _latencyMs, _latencyJitterMs;
    private double _rateLimit, _faultRate, _resetRate, _lockTimeoutRate, _resetAfterCommitRate;

    internal EmulatorFaults(EmulatorOptions options, TimeProvider time)
    {
        _time = time;
        _random = options.RandomSeed is int seed ? new Random(seed ^ 0x5EED) : new Random();
        LatencyMs = options.LatencyMs;
        LatencyJitterMs = options.LatencyJitterMs;
        RateLimit = options.RateLimit;
        FaultRate = options.FaultRate;
        ResetRate = options.ResetRate;
        LockTimeoutRate = options.LockTimeoutRate;
        ResetAfterCommitRate = options.ResetAfterCommitRate;
    }

    /// <summary>Gets or sets the delay before every answer, in milliseconds (0 = none).</summary>
    public int LatencyMs { get => Volatile.Read(ref _latencyMs); set => Volatile.Write(ref _latencyMs, NonNegative(value)); }

    /// <summary>Gets or sets the largest random extra delay added to <see cref="LatencyMs"/>, in milliseconds.</summary>
    public int LatencyJitterMs { get => Volatile.Read(ref _latencyJitterMs); set => Volatile.Write(ref _latencyJitterMs, NonNegative(value)); }

    /// <summary>Gets or sets the requests per second allowed per API key (0 = unlimited). Setting it refills every bucket.</summary>
    public double RateLimit
    {
        get => Volatile.Read(ref _rateLimit);
        set
        {
            if (double.IsNaN(value) || value < 0) throw new ArgumentOutOfRangeException(nameof(value), value, "RateLimit must be 0 (off) or a positive number of requests per second.");
            Volatile.Write(ref _rateLimit, value);
            Volatile.Write(ref _buckets, new ConcurrentDictionary<string, TokenBucket>(StringComparer.Ordinal));
        }
    }

    /// <summary>Gets or sets the share (0 to 1) of requests answered with a 500 <c>api_error</c> before doing anything.</summary>
    public double FaultRate { get => Volatile.Read(ref _faultRate); set => Volatile.Write(ref _faultRate, Rate(value)); }

    /// <summary>Gets or sets the share (0 to 1) of requests whose connection is dropped before doing anything.</summary>
    public double ResetRate { get => Volatile.Read(ref _resetRate); set => Volatile.Write(ref _resetRate, Rate(value)); }

    /// <summary>Gets or sets the share (0 to 1) of requests answered with a 429 <c>lock_timeout</c> before doing anything.</summary>
    public double LockTimeoutRate { get => Volatile.Read(ref _lockTimeoutRate); set => Volatile.Write(ref _lockTimeoutRate, Rate(value)); }

    /// <summary>Gets or sets the share (0 to 1) of successful POSTs whose connection is dropped after the change was made.</summary>
    public double ResetAfterCommitRate { get => Volatile.Read(ref _resetAfterCommitRate); set => Volatile.Write(ref _resetAfterCommitRate, Rate(value)); }

    /// <summary>Turns every fault, the latency and the rate limit off.</summary>
    public void Clear()
    {
        LatencyMs = LatencyJitterMs = 0;
        RateLimit = FaultRate = ResetRate = LockTimeoutRate = ResetAfterCommitRate = 0;
    }

    internal TimeSpan NextLatency()
    {
        var latency = LatencyMs;
        var jitter = LatencyJitterMs;
        if (jitter > 0) latency += Next(jitter + 1);
        return TimeSpan.FromMilliseconds(latency);
    }

    internal bool TryAcquire(string apiKey)
    {
        var rate = RateLimit;
        if (rate <= 0) return true;
        var buckets = Volatile.Read(ref _buckets);
        return buckets.GetOrAdd(apiKey, _ => new TokenBucket(rate, _time)).TryTake();
    }

    /// <summary>One roll decides the fault, so each rate is that share of requests.</summary>
    internal EmulatorFault RollBeforeWork()
    {
        double fault = FaultRate, reset = ResetRate, lockTimeout = LockTimeoutRate;
        if (fault + reset + lockTimeout <= 0) return EmulatorFault.None;
        var roll = NextDouble();
        if (roll < fault) return EmulatorFault.ServerError;
        if (roll < fault + reset) return EmulatorFault.ConnectionReset;
        return roll < fault + reset + lockTimeout ? EmulatorFault.LockTimeout : EmulatorFault.None;
    }

    internal bool RollResetAfterCommit()
    {
        var rate = ResetAfterCommitRate;
        return rate > 0 && NextDouble() < rate;
    }

    private double NextDouble()
    {
        lock (_gate) return _random.NextDouble();
    }

    private int Next(int max)
    {
        lock (_gate) return _random.Next(max);
    }

    private static int NonNegative(int value) =>
        value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "A latency must be 0 or more milliseconds.");

    private static double Rate(double value) =>
        value is >= 0 and <= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "A fault rate is a share of requests from 0 to 1, such as 0.1 for 10%.");
}
