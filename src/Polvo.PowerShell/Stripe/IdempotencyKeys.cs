namespace Polvo.PowerShell.Stripe;

/// <summary>
/// The idempotency key of each pipeline item of a write cmdlet given -IdempotencyKey: the key itself for the first
/// item, <c>key-2</c>, <c>key-3</c>, ... for the next ones, so rerunning the same input with the same key never
/// creates duplicates and two items never share a key. Without -IdempotencyKey the client generates one per request.
/// </summary>
internal sealed class IdempotencyKeys(string? baseKey)
{
    private int _count;

    /// <summary>The key of the next item, or null when no -IdempotencyKey was given.</summary>
    public string? Next()
    {
        if (string.IsNullOrWhiteSpace(baseKey))
        {
            return null;
        }

        int n = Interlocked.Increment(ref _count);
        return n == 1 ? baseKey : $"{baseKey}-{n}";
    }
}
