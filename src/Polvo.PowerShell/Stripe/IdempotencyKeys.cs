namespace Polvo.PowerShell.Stripe;

/// <summary>
/// The idempotency key of each pipeline item of a write cmdlet. Given -IdempotencyKey: the key itself for the first
/// item, <c>key-2</c>, <c>key-3</c>, ... for the next ones, so rerunning the same input with the same key never
/// creates duplicates and two items never share a key. Without it, a new <c>polvo-</c> key per item, chosen here
/// (not by the client) so the item's error record can carry the key for a re-run.
/// </summary>
internal sealed class IdempotencyKeys(string? baseKey)
{
    private int _count;

    /// <summary>The key of the next item.</summary>
    public string Next()
    {
        if (string.IsNullOrWhiteSpace(baseKey))
        {
            return "polvo-" + Guid.NewGuid().ToString("N");
        }

        int n = Interlocked.Increment(ref _count);
        return n == 1 ? baseKey : $"{baseKey}-{n}";
    }
}
