namespace Polvo.PowerShell.Errors;

/// <summary>
/// A host-neutral error record: everything the cmdlet layer needs to build an ErrorRecord with ErrorDetails.
/// Never put an API key in any field.
/// </summary>
internal sealed class PolvoErrorInfo
{
    /// <summary>Creates an error.</summary>
    /// <param name="errorId">Stable id (Stripe's error code where there is one).</param>
    /// <param name="category">The category.</param>
    /// <param name="message">What went wrong, in one sentence.</param>
    public PolvoErrorInfo(string errorId, PolvoErrorCategory category, string message)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(errorId);
        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        ErrorId = errorId;
        Category = category;
        Message = message;
    }

    /// <summary>Stable id, such as <c>resource_missing</c> or <c>ConnectionFailed</c>.</summary>
    public string ErrorId { get; }

    /// <summary>The category.</summary>
    public PolvoErrorCategory Category { get; }

    /// <summary>What went wrong.</summary>
    public string Message { get; }

    /// <summary>The id or input the error is about.</summary>
    public object? TargetObject { get; init; }

    /// <summary>What the user can do about it.</summary>
    public string? RecommendedAction { get; init; }

    /// <summary>The service's request id, for support.</summary>
    public string? RequestId { get; init; }

    /// <summary>The underlying exception, if any.</summary>
    public Exception? Exception { get; init; }

    /// <summary>The idempotency key of the failed write, so a re-run can reuse it; null for reads.</summary>
    public string? IdempotencyKey { get; init; }

    /// <summary>The message shown in ErrorDetails: the message and, when known and not in it already, the request id (once).</summary>
    public string DetailsMessage => RequestId is null || Message.Contains(RequestId, StringComparison.Ordinal) ? Message : $"{Message} (request id: {RequestId})";

    /// <summary>A copy with a different target object.</summary>
    public PolvoErrorInfo WithTarget(object? targetObject) => Copy(targetObject, IdempotencyKey);

    /// <summary>A copy carrying <paramref name="idempotencyKey"/>.</summary>
    public PolvoErrorInfo WithIdempotencyKey(string? idempotencyKey) => Copy(TargetObject, idempotencyKey);

    private PolvoErrorInfo Copy(object? targetObject, string? idempotencyKey) => new(ErrorId, Category, Message)
    {
        TargetObject = targetObject,
        RecommendedAction = RecommendedAction,
        RequestId = RequestId,
        Exception = Exception,
        IdempotencyKey = idempotencyKey,
    };

    /// <inheritdoc/>
    public override string ToString() => $"{ErrorId} ({Category}): {Message}";
}
