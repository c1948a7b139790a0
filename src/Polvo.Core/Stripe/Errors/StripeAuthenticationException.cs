namespace Polvo.Stripe.Errors;

/// <summary>The API key was missing, wrong or revoked (HTTP 401).</summary>
public sealed class StripeAuthenticationException : StripeException
{
    /// <summary>Creates the error.</summary>
    /// <param name="message">The message, free of secrets.</param>
    /// <param name="error">Stripe's error envelope.</param>
    /// <param name="innerException">The cause, if any.</param>
    public StripeAuthenticationException(string message, StripeError? error = null, Exception? innerException = null)
        : base(message, error, innerException)
    {
    }
}
