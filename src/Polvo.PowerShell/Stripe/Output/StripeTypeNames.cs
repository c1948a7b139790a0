namespace Polvo.PowerShell.Stripe.Output;

/// <summary>The PSTypeNames Polvo's Stripe cmdlets give their output (the format file selects views by them).</summary>
internal static class StripeTypeNames
{
    /// <summary>A customer.</summary>
    public const string Customer = "Polvo.Stripe.Customer";

    /// <summary>A charge.</summary>
    public const string Charge = "Polvo.Stripe.Charge";

    /// <summary>A connection (Connect-PolvoStripe -PassThru, Get-PolvoStripeConnection).</summary>
    public const string Connection = "Polvo.Stripe.Connection";

    /// <summary>The marker Stripe returns for a deleted object.</summary>
    public const string DeletedObject = "Polvo.Stripe.DeletedObject";
}
