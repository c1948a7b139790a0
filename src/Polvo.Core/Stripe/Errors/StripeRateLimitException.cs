namespace Polvo.Stripe.Errors;

/// <summary>Too many requests hit the API too quickly (HTTP 429).</summary>
public sealed class StripeRateLimitException : StripeException
{
    /// <summary>Creates the error.</summary>
    /// <param name="message">The message, free of secrets.</param>
    /// <param name="error">Stripe's error envelope.</param>
    /// <param name="innerException">The cause, if any.</param>
    public StripeRateLimitException(string message, StripeError? error = null, Exception? innerException = null)
        : base(message, error, innerException)
    {
    }
}
