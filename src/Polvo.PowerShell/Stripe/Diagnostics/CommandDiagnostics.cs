namespace Polvo.PowerShell.Stripe.Diagnostics;

/// <summary>Which diagnostic streams the command shows (-Verbose, -Debug or the preference variables).</summary>
/// <param name="Verbose">Write one verbose line per request and per retry.</param>
/// <param name="Debug">Also write the request headers, key redacted.</param>
internal sealed record CommandDiagnostics(bool Verbose = false, bool Debug = false)
{
    /// <summary>Neither stream.</summary>
    public static CommandDiagnostics None { get; } = new();
}
