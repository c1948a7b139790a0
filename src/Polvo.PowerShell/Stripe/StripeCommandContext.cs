namespace Polvo.PowerShell.Stripe;

/// <summary>The connection and diagnostics of a write command, shared by all its pipeline items.</summary>
internal sealed class StripeCommandContext : StripeCommandRequest
{
}
