namespace Polvo.Stripe.Services;

/// <summary>Stripe's rules for a new charge that its API description does not state (it marks no field required).</summary>
public sealed partial class ChargeCreateOptions
{
    partial void OnValidate()
    {
        if (Amount is not > 0)
        {
            throw new ArgumentOutOfRangeException(nameof(Amount), Amount, "Amount must be a positive integer in the smallest currency unit (for example 100 for $1.00).");
        }

        if (string.IsNullOrWhiteSpace(Currency))
        {
            throw new ArgumentException("Currency is required; give a three-letter code such as usd.", nameof(Currency));
        }
    }
}
