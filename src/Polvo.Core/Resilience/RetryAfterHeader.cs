namespace Polvo.Resilience;

/// <summary>Reads <c>Retry-After</c> in either form (delta seconds or HTTP date) as a wait from now.</summary>
internal static class RetryAfterHeader
{
    /// <summary>Returns the wait the server asked for (never negative), or null when it sent none.</summary>
    public static TimeSpan? Read(HttpResponseMessage response, DateTimeOffset now)
    {
        var header = response.Headers.RetryAfter;
        var wait = header?.Delta ?? (header?.Date is { } date ? date - now : null);
        return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
    }
}
