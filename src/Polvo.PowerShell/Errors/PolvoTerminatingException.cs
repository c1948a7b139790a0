namespace Polvo.PowerShell.Errors;

/// <summary>
/// Ends the whole command (not just one item) with <see cref="Error"/>. Thrown by work that cannot go on
/// (no connection, no key) and by the pipeline bridge to surface a producer's failure on the pipeline thread;
/// <see cref="Cmdlets.PolvoCmdlet"/> turns it into ThrowTerminatingError.
/// </summary>
internal sealed class PolvoTerminatingException : Exception
{
    /// <summary>Creates the exception for <paramref name="error"/>.</summary>
    public PolvoTerminatingException(PolvoErrorInfo error)
        : base(error.Message, error.Exception)
    {
        Error = error;
    }

    /// <summary>The error that ends the command.</summary>
    public PolvoErrorInfo Error { get; }
}
