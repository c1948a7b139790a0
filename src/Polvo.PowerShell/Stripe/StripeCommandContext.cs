namespace Polvo.PowerShell.Stripe;

/// <summary>The connection and diagnostics of a write command, shared by all its pipeline items.</summary>
internal sealed class StripeCommandContext : StripeCommandRequest
{
    /// <summary>Whether the command writes the object each item returns (New- always; Set- and Remove- only with -PassThru).</summary>
    public bool PassThru { get; init; } = true;
}
