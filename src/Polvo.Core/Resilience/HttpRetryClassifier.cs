using System.Net;
using System.Net.Sockets;
using Polly;
using Polly.Timeout;

namespace Polvo.Resilience;

/// <summary>
/// The retry rules: connection failures, attempt timeouts, HTTP 409, 429 and 5xx are retried;
/// the API's "should retry" header (<see cref="HttpResilienceOptions.ShouldRetryHeader"/>), when it has one, overrides
/// the status rule; a <c>Retry-After</c> beyond MaxDelay is not waited for.
/// </summary>
internal static class HttpRetryClassifier
{
    /// <summary>Classifies one attempt's outcome.</summary>
    /// <param name="outcome">The attempt's response or exception.</param>
    /// <param name="cancelled">True when the caller's token (or the overall deadline) has fired.</param>
    /// <param name="now">The current time, to read an HTTP-date <c>Retry-After</c>.</param>
    /// <param name="maxDelay">The longest wait the pipeline accepts.</param>
    /// <param name="shouldRetryHeader">The header whose true/false overrides the status rule, or null for none.</param>
    public static HttpRetryDecision Classify(Outcome<HttpResponseMessage> outcome, bool cancelled, DateTimeOffset now, TimeSpan maxDelay, string? shouldRetryHeader = null) =>
        outcome.Exception is { } exception ? ClassifyException(exception, cancelled) : ClassifyResponse(outcome.Result!, now, maxDelay, shouldRetryHeader);

    private static HttpRetryDecision ClassifyResponse(HttpResponseMessage response, DateTimeOffset now, TimeSpan maxDelay, string? shouldRetryHeader)
    {
        var status = (int)response.StatusCode;
        var reason = "HTTP " + status;
        if (response.IsSuccessStatusCode)
            return new(false, reason, null);
        var header = shouldRetryHeader is null ? null : ReadShouldRetry(response, shouldRetryHeader);
        var notes = new List<string>();
        if (header is not null)
            notes.Add($"{shouldRetryHeader}: {(header.Value ? "true" : "false")}");
        var retry = header ?? status is (int)HttpStatusCode.Conflict or (int)HttpStatusCode.TooManyRequests or >= 500;
        var retryAfter = retry ? RetryAfterHeader.Read(response, now) : null;
        if (retryAfter is { } wait)
            notes.Add("Retry-After " + DurationText.Format(wait));
        if (retryAfter > maxDelay)
        {
            notes.Add("longer than MaxDelay " + DurationText.Format(maxDelay));
            retry = false;
        }
        return new(retry, notes.Count == 0 ? reason : $"{reason} ({string.Join(", ", notes)})", retryAfter);
    }

    private static HttpRetryDecision ClassifyException(Exception exception, bool cancelled)
    {
        if (cancelled)
            return new(false, "cancelled", null);
        return exception switch
        {
            TimeoutRejectedException timeout => new(true, "attempt timed out after " + DurationText.Format(timeout.Timeout), null),
            HttpRequestException { HttpRequestError: HttpRequestError.SecureConnectionError } => new(false, "TLS failed: " + exception.Message, null),
            HttpRequestException => new(true, "connection failed: " + exception.Message, null),
            OperationCanceledException { InnerException: TimeoutException } => new(true, "attempt timed out: " + exception.Message, null),
            OperationCanceledException => new(true, "attempt cancelled: " + exception.Message, null),
            _ when Find<HttpRequestException>(exception) is { HttpRequestError: HttpRequestError.SecureConnectionError } => new(false, "TLS failed: " + exception.Message, null),
            _ when Find<TimeoutException>(exception) is not null => new(true, "attempt timed out: " + exception.Message, null),
            _ when Find<HttpRequestException>(exception) is not null || IsConnectionFailure(exception) => new(true, "connection failed: " + exception.Message, null),
            _ => new(false, exception.GetType().Name, null),
        };
    }

    private static T? Find<T>(Exception? exception)
        where T : Exception
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            if (exception is T found)
                return found;
        }

        return null;
    }

    private static bool IsConnectionFailure(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            if (exception is IOException or SocketException)
                return true;
        }

        return false;
    }

    private static bool? ReadShouldRetry(HttpResponseMessage response, string name)
    {
        if (!response.Headers.TryGetValues(name, out var values))
            return null;
        var value = values.FirstOrDefault()?.Trim();
        return bool.TryParse(value, out var parsed) ? parsed : null;
    }
}
