using Polvo.PowerShell.Errors;

namespace Polvo.PowerShell.Pipeline;

/// <summary>Options of <see cref="PipelineBridge"/>, validated once by <see cref="Validate"/>.</summary>
internal sealed class PipelineBridgeOptions
{
    /// <summary>How many messages may wait for the pipeline thread before producers wait (backpressure).</summary>
    /// <value>The default value is 256.</value>
    public int Capacity { get; set; } = 256;

    /// <summary>How many pipeline-input items run at once (the cmdlets' <c>-ThrottleLimit</c>).</summary>
    /// <value>The default value is 5 (as <c>ForEach-Object -Parallel</c>).</value>
    public int ThrottleLimit { get; set; } = 5;

    /// <summary>Maps an item's unhandled exception to the error written for it.</summary>
    /// <value>The default value is <see cref="PolvoErrorMapper.Default"/>.</value>
    public PolvoErrorMapper ErrorMapper { get; set; } = PolvoErrorMapper.Default;

    /// <summary>
    /// Whether an item's error stops the command (<c>-ErrorAction Stop</c>): from the moment it happens no new item
    /// starts; the items already running finish, their output is delivered (their own errors as warnings), then the
    /// error is delivered.
    /// </summary>
    /// <value>The default value is <see langword="false"/>: a failed item never stops the others.</value>
    public bool HaltOnItemError { get; set; }

    /// <summary>
    /// Whether an item's error concerns the whole command, not just that item (the key is rejected, the key may not
    /// do this, the service cannot be reached): the command then ends with that one error instead of one per item.
    /// </summary>
    /// <value>The default value is <see cref="IsCommandWideByDefault"/>.</value>
    public Func<PolvoErrorInfo, bool> IsCommandWide { get; set; } = IsCommandWideByDefault;

    /// <summary>
    /// The key is rejected (401), the key may not do this (403), or no connection could be made at all (refused,
    /// unknown host, TLS): every other item would fail the same way. A connection dropped during a request is not
    /// (it concerns that request only, which may even have been carried out).
    /// </summary>
    public static bool IsCommandWideByDefault(PolvoErrorInfo error) => error?.Category switch
    {
        PolvoErrorCategory.AuthenticationError or PolvoErrorCategory.PermissionDenied => true,
        PolvoErrorCategory.ConnectionError => CouldNotConnect(error.Exception),
        _ => false,
    };

    private static bool CouldNotConnect(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            if (exception is HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError or HttpRequestError.SecureConnectionError })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Throws when a value is out of range.</summary>
    public PipelineBridgeOptions Validate()
    {
        if (Capacity < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(Capacity), Capacity, "Capacity must be at least 1.");
        }

        if (ThrottleLimit < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(ThrottleLimit), ThrottleLimit, "ThrottleLimit must be at least 1; pass a positive -ThrottleLimit.");
        }

        ArgumentNullException.ThrowIfNull(ErrorMapper);
        ArgumentNullException.ThrowIfNull(IsCommandWide);
        return this;
    }
}
