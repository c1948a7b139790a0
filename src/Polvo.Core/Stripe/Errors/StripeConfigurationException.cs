namespace Polvo.Stripe.Errors;

/// <summary>The client is misconfigured: no API key, a malformed key, or a bad base URL. The message names the option and environment variables to set.</summary>
public sealed class StripeConfigurationException : StripeException
{
    /// <summary>Creates the error.</summary>
    /// <param name="message">The message, free of secrets.</param>
    /// <param name="error">Stripe's error envelope.</param>
    /// <param name="innerException">The cause, if any.</param>
    public StripeConfigurationException(string message, StripeError? error = null, Exception? innerException = null)
        : base(message, error, innerException)
    {
    }
}
