namespace Polvo.Resilience;

/// <summary>
/// Options for the retry and timeout pipeline that wraps every HTTP request a client sends.
/// </summary>
/// <remarks>
/// The pipeline runs, from the outside in: an overall deadline, retries with backoff, a per-attempt timeout.
/// Set a timeout to <see cref="Timeout.InfiniteTimeSpan"/> to turn it off. Values are read once, when the
/// pipeline is built.
/// </remarks>
public sealed class HttpResilienceOptions
{
    /// <summary>Gets or sets how many times a failed attempt is retried; 0 turns retries off.</summary>
    /// <value>The default value is 3.</value>
    public int MaxRetries { get; set; } = 3;

    /// <summary>Gets or sets the delay before the first retry; each later retry doubles it.</summary>
    /// <value>The default value is 0.5 seconds.</value>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(0.5);

    /// <summary>
    /// Gets or sets the longest wait between attempts. A <c>Retry-After</c> longer than this is not waited
    /// for: that response is returned as it is instead of being retried early.
    /// </summary>
    /// <value>The default value is 5 seconds.</value>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Gets or sets a value indicating whether backoff delays are spread randomly over ±25% of their nominal
    /// value (never above <see cref="MaxDelay"/>), so that many clients do not retry in lockstep.
    /// </summary>
    /// <value>The default value is <see langword="true"/>.</value>
    public bool UseJitter { get; set; } = true;

    /// <summary>Gets or sets how long one attempt may take before it is abandoned and retried.</summary>
    /// <value>The default value is 30 seconds.</value>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Gets or sets the deadline for the whole request, all attempts and delays included.</summary>
    /// <value>The default value is 2 minutes.</value>
    public TimeSpan OverallTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// Gets or sets the name of a response header by which the server overrides the status rule: <c>true</c> retries
    /// any failed response, <c>false</c> retries none (a <c>Retry-After</c> beyond <see cref="MaxDelay"/> still wins).
    /// The header is read only on unsuccessful responses; an unreadable value is ignored.
    /// </summary>
    /// <value>The default value is <see langword="null"/>: no such header, the status rule alone decides.</value>
    public string? ShouldRetryHeader { get; set; }

    /// <summary>
    /// Gets or sets a callback told about each retry before its delay starts (for verbose logging).
    /// It runs on the request's path, so it should be quick and must not throw.
    /// </summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public Action<RetryNotice>? OnRetry { get; set; }

    /// <summary>Checks every option and throws one error naming each bad value and its valid range.</summary>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    public void Validate()
    {
        List<string> problems = [];
        if (MaxRetries is < 0 or > 100)
            problems.Add($"MaxRetries must be between 0 and 100 (got {MaxRetries}).");
        if (BaseDelay <= TimeSpan.Zero || BaseDelay > TimeSpan.FromDays(1))
            problems.Add($"BaseDelay must be greater than zero and at most one day (got {BaseDelay}).");
        if (MaxDelay < BaseDelay || MaxDelay > TimeSpan.FromDays(1))
            problems.Add($"MaxDelay must be at least BaseDelay ({BaseDelay}) and at most one day (got {MaxDelay}).");
        CheckTimeout(nameof(AttemptTimeout), AttemptTimeout, problems);
        CheckTimeout(nameof(OverallTimeout), OverallTimeout, problems);
        if (ShouldRetryHeader is { } header && (string.IsNullOrWhiteSpace(header) || header.Any(c => c <= ' ' || c == ':' || c > '~')))
            problems.Add($"ShouldRetryHeader must be a header name such as X-Should-Retry, or null for none (got '{header}').");
        if (problems.Count > 0)
            throw new ArgumentException("Invalid HttpResilienceOptions: " + string.Join(" ", problems));
    }

    private static void CheckTimeout(string name, TimeSpan value, List<string> problems)
    {
        if (value != Timeout.InfiniteTimeSpan && (value < TimeSpan.FromMilliseconds(10) || value > TimeSpan.FromDays(1)))
            problems.Add($"{name} must be between 10 milliseconds and one day, or Timeout.InfiniteTimeSpan to turn it off (got {value}).");
    }
}
