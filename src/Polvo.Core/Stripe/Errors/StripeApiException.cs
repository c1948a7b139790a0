namespace Polvo.Stripe.Errors;

/// <summary>Stripe failed (HTTP 5xx), returned an unexpected status, or returned a body that is not Stripe's JSON.</summary>
public sealed class StripeApiException : StripeException
{
    /// <summary>Creates the error.</summary>
    /// <param name="message">The message, free of secrets.</param>
    /// <param name="error">Stripe's error envelope.</param>
    /// <param name="innerException">The cause, if any.</param>
    public StripeApiException(string message, StripeError? error = null, Exception? innerException = null)
        : base(message, error, innerException)
    {
    }
}
