namespace Polvo.PowerShell.Errors;

/// <summary>
/// Error categories. Every name is exactly a name of <c>System.Management.Automation.ErrorCategory</c>, so the
/// cmdlet layer converts by name (a test checks each one parses).
/// </summary>
internal enum PolvoErrorCategory
{
    /// <summary>No better category fits.</summary>
    NotSpecified,

    /// <summary>A parameter value is wrong (Stripe 400 invalid_request_error, bad input).</summary>
    InvalidArgument,

    /// <summary>The data received is not what was expected.</summary>
    InvalidData,

    /// <summary>The operation is not valid in the current state (no connection, wrong mode).</summary>
    InvalidOperation,

    /// <summary>The object does not exist (404, resource_missing).</summary>
    ObjectNotFound,

    /// <summary>The object already exists.</summary>
    ResourceExists,

    /// <summary>The key is missing, wrong or revoked (401).</summary>
    AuthenticationError,

    /// <summary>The key may not do this (403).</summary>
    PermissionDenied,

    /// <summary>Rate limited (429) after every retry.</summary>
    LimitsExceeded,

    /// <summary>A request timed out.</summary>
    OperationTimeout,

    /// <summary>The service could not be reached.</summary>
    ConnectionError,

    /// <summary>The service answered with something the protocol does not allow.</summary>
    ProtocolError,

    /// <summary>The service is temporarily unable to serve (5xx after retries).</summary>
    ResourceUnavailable,

    /// <summary>Refused because it would be unsafe (a live key over plain HTTP).</summary>
    SecurityError,

    /// <summary>The operation was stopped.</summary>
    OperationStopped,
}
