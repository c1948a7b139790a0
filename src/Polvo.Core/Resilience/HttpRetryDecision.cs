namespace Polvo.Resilience;

/// <summary>Whether one attempt's outcome is retried, why, and how long the server asked us to wait.</summary>
/// <param name="ShouldRetry">True when the outcome is retried.</param>
/// <param name="Reason">Short human text for logs, e.g. <c>HTTP 429 (Retry-After 2s)</c>.</param>
/// <param name="RetryAfter">The server's <c>Retry-After</c>, already made relative to now.</param>
internal readonly record struct HttpRetryDecision(bool ShouldRetry, string Reason, TimeSpan? RetryAfter);
