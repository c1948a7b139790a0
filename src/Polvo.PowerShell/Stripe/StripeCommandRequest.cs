using Polvo.PowerShell.Stripe.Connections;
using Polvo.PowerShell.Stripe.Diagnostics;

namespace Polvo.PowerShell.Stripe;

/// <summary>What every Stripe data command carries: the connection and the diagnostic streams it shows.</summary>
internal abstract class StripeCommandRequest
{
    /// <summary>The resolved connection.</summary>
    public required PolvoStripeConnection Connection { get; init; }

    /// <summary>The diagnostic streams to write.</summary>
    public CommandDiagnostics Diagnostics { get; init; } = CommandDiagnostics.None;
}
