namespace Polvo.RateLimiting;

/// <summary>Options for the client-side rate limiter shared by everything that uses one API key.</summary>
public sealed class RateLimitOptions
{
    /// <summary>Gets or sets a value indicating whether requests wait for the limiter at all.</summary>
    /// <remarks>Turn it off only against a server without a rate limit, such as the emulator started without <c>--rate-limit</c>.</remarks>
    /// <value>The default value is <see langword="true"/>.</value>
    public bool Enabled { get; set; } = true;

    /// <summary>Gets or sets the steady request rate; null means the default the API client gives for the key.</summary>
    /// <value>The default value is <see langword="null"/>: the API client's default (its server's budget for the key).</value>
    public double? RequestsPerSecond { get; set; }

    /// <summary>
    /// Gets or sets how many requests may start at once after a quiet spell. The server's budget holds one second's
    /// worth, so a burst of nine tenths of that spends almost all of it at once (a parallel export's first round
    /// trip), and the tenth held back absorbs network jitter: a request released a little late arriving together
    /// with the next never meets an empty server bucket.
    /// </summary>
    /// <value>The default value is <see langword="null"/>: nine tenths of a second's worth, rounded down, at least 1 (22 at 25/s, 90 at 100/s).</value>
    public int? Burst { get; set; }

    /// <summary>Checks the options and throws an error naming each bad value.</summary>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    public void Validate()
    {
        if (RequestsPerSecond is { } rate && (!double.IsFinite(rate) || rate <= 0 || rate > 100_000))
            throw new ArgumentException($"Invalid RateLimitOptions: RequestsPerSecond must be greater than 0 and at most 100000 (got {rate}).");
        if (Burst is < 1 or > 100_000)
            throw new ArgumentException($"Invalid RateLimitOptions: Burst must be between 1 and 100000 (got {Burst}).");
    }

    /// <summary>The share of a second's worth of requests that <see cref="DefaultBurstFor"/> lets start at once.</summary>
    public const double DefaultBurstShare = 0.9;

    /// <summary>The default burst for a rate: nine tenths of a second's worth, rounded down, at least 1.</summary>
    /// <param name="requestsPerSecond">The steady rate.</param>
    /// <returns>The burst.</returns>
    public static int DefaultBurstFor(double requestsPerSecond) => Math.Max(1, (int)Math.Floor(requestsPerSecond * DefaultBurstShare));

    internal (double RequestsPerSecond, int Burst) Resolve(double defaultRequestsPerSecond)
    {
        var rate = RequestsPerSecond ?? defaultRequestsPerSecond;
        return (rate, Burst ?? DefaultBurstFor(rate));
    }
}
