using System.Globalization;
using System.Text;

namespace Polvo.Stripe.Http;

/// <summary>
/// What happened in one HTTP attempt, reported to <see cref="StripeClientOptions.OnRequest"/>.
/// Headers are redacted: the key shows as <c>Bearer sk_test_…(redacted)</c>.
/// </summary>
public sealed class StripeRequestEvent
{
    /// <summary>Gets the HTTP method, such as <c>GET</c>.</summary>
    public required string Method { get; init; }

    /// <summary>Gets the path and query, such as <c>/v1/customers?limit=100</c> (form bodies are not included).</summary>
    public required string Path { get; init; }

    /// <summary>Gets the HTTP status, or <see langword="null"/> when no response arrived.</summary>
    public int? StatusCode { get; init; }

    /// <summary>Gets the time from sending to the end of the response body.</summary>
    public TimeSpan Elapsed { get; init; }

    /// <summary>Gets the <c>Request-Id</c> Stripe returned.</summary>
    public string? RequestId { get; init; }

    /// <summary>Gets the idempotency key of a POST.</summary>
    public string? IdempotencyKey { get; init; }

    /// <summary>Gets the request headers with the API key redacted.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> RequestHeaders { get; init; } = [];

    /// <summary>Gets the failure when no response arrived (connection error, timeout, cancellation).</summary>
    public Exception? Exception { get; init; }

    /// <summary>Returns a one-line summary for verbose output, such as <c>GET /v1/customers -> 200 in 12 ms (req_123)</c>.</summary>
    /// <returns>The summary.</returns>
    public override string ToString()
    {
        var outcome = StatusCode?.ToString(CultureInfo.InvariantCulture) ?? Exception?.GetType().Name ?? "no response";
        var id = RequestId is null ? string.Empty : $" ({RequestId})";
        return $"{Method} {Path} -> {outcome} in {Elapsed.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture)} ms{id}";
    }

    /// <summary>Returns the redacted request headers, one per line, for debug output.</summary>
    /// <returns>Lines such as <c>Authorization: Bearer sk_test_…(redacted)</c>.</returns>
    public string FormatHeaders()
    {
        var text = new StringBuilder();
        foreach (var (name, value) in RequestHeaders)
        {
            text.Append(name).Append(": ").Append(value).Append('\n');
        }

        return text.ToString().TrimEnd('\n');
    }
}
