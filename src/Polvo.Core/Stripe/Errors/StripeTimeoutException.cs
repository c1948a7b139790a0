namespace Polvo.Stripe.Errors;

/// <summary>An HTTP attempt took longer than <see cref="StripeClientOptions.Timeout"/>.</summary>
public sealed class StripeTimeoutException : StripeException
{
    /// <summary>Creates the error.</summary>
    /// <param name="message">The message, free of secrets.</param>
    /// <param name="error">Stripe's error envelope.</param>
    /// <param name="innerException">The cause, if any.</param>
    public StripeTimeoutException(string message, StripeError? error = null, Exception? innerException = null)
        : base(message, error, innerException)
    {
    }
}
