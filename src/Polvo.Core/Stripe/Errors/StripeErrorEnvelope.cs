namespace Polvo.Stripe.Errors;

/// <summary>The JSON body of an error response: <c>{"error": {...}}</c>.</summary>
public sealed class StripeErrorEnvelope
{
    /// <summary>Gets or sets the error.</summary>
    public StripeError? Error { get; set; }
}
