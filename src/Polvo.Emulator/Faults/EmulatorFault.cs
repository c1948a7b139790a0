namespace Polvo.Emulator;

/// <summary>The fault the emulator injected into a request.</summary>
public enum EmulatorFault
{
    /// <summary>No fault: the request was served normally.</summary>
    None,

    /// <summary>Answered 500 <c>api_error</c> before doing anything (<c>--fault-rate</c>).</summary>
    ServerError,

    /// <summary>The connection was dropped before any response and before doing anything (<c>--reset-rate</c>).</summary>
    ConnectionReset,

    /// <summary>Answered 429 <c>lock_timeout</c> before doing anything (<c>--lock-timeout-rate</c>).</summary>
    LockTimeout,

    /// <summary>Answered 429 <c>rate_limit</c> because the key's token bucket was empty (<c>--rate-limit</c>).</summary>
    RateLimited,

    /// <summary>The POST was carried out (and its idempotency record kept), then the connection was dropped (<c>--reset-after-commit-rate</c>).</summary>
    ResetAfterCommit,
}
