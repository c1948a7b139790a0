namespace Polvo.Emulator.Idempotency;

/// <summary>
/// Idempotency records per (API key, Idempotency-Key). A record is claimed when a request starts, then either
/// completed with the response to replay or abandoned (validation failures are not kept, as at Stripe).
/// </summary>
internal sealed class IdempotencyStore
{
    private readonly Dictionary<string, IdempotencyRecord> _records = new(StringComparer.Ordinal);

    public IdempotencyRecord? Begin(string scope, string fingerprint, out bool started)
    {
        lock (_records)
        {
            if (_records.TryGetValue(scope, out var existing))
            {
                started = false;
                return existing;
            }

            _records.Add(scope, new IdempotencyRecord(fingerprint));
            started = true;
            return null;
        }
    }

    public void Complete(string scope, int status, byte[] body, string requestId)
    {
        lock (_records) _records[scope] = _records[scope] with { Status = status, Body = body, RequestId = requestId };
    }

    public void Abandon(string scope)
    {
        lock (_records) _records.Remove(scope);
    }
}

/// <summary>The first request's fingerprint and, once finished, its response.</summary>
internal sealed record IdempotencyRecord(string Fingerprint)
{
    public int Status { get; init; }

    public byte[]? Body { get; init; }

    public string? RequestId { get; init; }

    public bool InFlight => Body is null;
}
