namespace Polvo.PowerShell.Errors;

/// <summary>
/// Carries the idempotency key of a failed write to its error record (<see cref="PolvoErrorInfo.IdempotencyKey"/>),
/// so a re-run of the failed items can send the same keys and never duplicates a write that in fact succeeded.
/// <see cref="PolvoErrorMapper"/> maps the inner exception and adds the key.
/// </summary>
internal sealed class IdempotentWriteException : Exception
{
    /// <summary>Wraps <paramref name="innerException"/>, the failure of the write sent with <paramref name="idempotencyKey"/>.</summary>
    public IdempotentWriteException(string idempotencyKey, Exception innerException)
        : base(innerException?.Message, innerException)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(idempotencyKey);
        IdempotencyKey = idempotencyKey;
    }

    /// <summary>The key the failed request was sent with.</summary>
    public string IdempotencyKey { get; }
}
