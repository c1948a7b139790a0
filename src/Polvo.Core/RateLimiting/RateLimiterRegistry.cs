using System.Collections.Concurrent;

namespace Polvo.RateLimiting;

/// <summary>
/// Hands out one <see cref="ApiRateLimiter"/> per API key and base URL, so every client, cmdlet and job in the
/// process that uses the same key shares one budget. Keyed by a non-secret fingerprint, never the key itself.
/// </summary>
public sealed class RateLimiterRegistry
{
    private readonly ConcurrentDictionary<string, ApiRateLimiter> _limiters = new(StringComparer.Ordinal);
    private readonly TimeProvider _timeProvider;

    /// <summary>Creates a registry; most code should use <see cref="Shared"/>.</summary>
    /// <param name="timeProvider">The clock for the limiters; null means <see cref="TimeProvider.System"/>.</param>
    public RateLimiterRegistry(TimeProvider? timeProvider = null) => _timeProvider = timeProvider ?? TimeProvider.System;

    /// <summary>Gets the process-wide registry.</summary>
    public static RateLimiterRegistry Shared { get; } = new();

    /// <summary>Gets how many limiters the registry holds.</summary>
    public int Count => _limiters.Count;

    /// <summary>
    /// Returns the limiter for a key and base URL, creating it on first use. When <paramref name="options"/> sets a
    /// rate or burst different from the existing limiter's, the shared limiter adopts it (the latest explicit setting wins).
    /// </summary>
    /// <param name="fingerprint">A non-secret identifier of the API key (never the key itself).</param>
    /// <param name="baseUrl">The API's absolute base URL; scheme, host, port and path case-insensitively identify it.</param>
    /// <param name="defaultRequestsPerSecond">The rate when <paramref name="options"/> sets none: the server's budget for this key.</param>
    /// <param name="options">Explicit rate and burst, or null for the default rate and its burst.</param>
    /// <returns>The shared limiter.</returns>
    /// <exception cref="ArgumentException">The fingerprint is empty, the URL is not absolute, or an option is out of range.</exception>
    public ApiRateLimiter GetOrCreate(string fingerprint, Uri baseUrl, double defaultRequestsPerSecond, RateLimitOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fingerprint);
        ArgumentNullException.ThrowIfNull(baseUrl);
        if (!baseUrl.IsAbsoluteUri)
            throw new ArgumentException($"The base URL must be absolute, such as https://api.example.com/ (got '{baseUrl}').", nameof(baseUrl));
        new RateLimitOptions { RequestsPerSecond = defaultRequestsPerSecond }.Validate();
        options?.Validate();
        var (rate, burst) = (options ?? new RateLimitOptions()).Resolve(defaultRequestsPerSecond);
        var key = $"{fingerprint}|{baseUrl.GetLeftPart(UriPartial.Path).TrimEnd('/').ToUpperInvariant()}";
        var limiter = _limiters.GetOrAdd(key, static (_, s) => new ApiRateLimiter(s.rate, s.burst, s.time), (rate, burst, time: _timeProvider));
        if (options is null || (options.RequestsPerSecond is null && options.Burst is null))
            return limiter;
        var newRate = options.RequestsPerSecond ?? limiter.RequestsPerSecond;
        var newBurst = options.Burst ?? (options.RequestsPerSecond is null ? limiter.Burst : burst);
        if (limiter.RequestsPerSecond != newRate || limiter.Burst != newBurst)
            limiter.Reconfigure(newRate, newBurst);
        return limiter;
    }
}
