namespace Polvo.Resilience;

/// <summary>Describes one retry about to happen, for logging. Never carries credentials.</summary>
/// <param name="Attempt">The number of the attempt that failed (1 for the first attempt).</param>
/// <param name="MaxRetries">How many retries the pipeline allows in all.</param>
/// <param name="Reason">Why the attempt failed, e.g. <c>HTTP 503</c> or <c>attempt timed out after 30s</c>.</param>
/// <param name="Delay">How long the pipeline waits before the next attempt.</param>
/// <param name="Request">The request's method and path, e.g. <c>POST /v1/customers</c>, or <c>request</c> when unknown.</param>
public sealed record RetryNotice(int Attempt, int MaxRetries, string Reason, TimeSpan Delay, string Request)
{
    /// <summary>Formats the notice as one line, e.g. <c>POST /v1/customers: HTTP 503; retry 1 of 3 in 0.5s</c>.</summary>
    /// <returns>The text of the notice.</returns>
    public override string ToString() =>
        $"{Request}: {Reason}; retry {Attempt} of {MaxRetries} in {DurationText.Format(Delay)}";
}
