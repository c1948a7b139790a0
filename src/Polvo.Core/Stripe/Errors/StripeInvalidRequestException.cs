namespace Polvo.Stripe.Errors;

/// <summary>The request had invalid parameters (HTTP 400); see <see cref="StripeException.Param"/>.</summary>
public sealed class StripeInvalidRequestException : StripeException
{
    /// <summary>Creates the error.</summary>
    /// <param name="message">The message, free of secrets.</param>
    /// <param name="error">Stripe's error envelope.</param>
    /// <param name="innerException">The cause, if any.</param>
    public StripeInvalidRequestException(string message, StripeError? error = null, Exception? innerException = null)
        : base(message, error, innerException)
    {
    }
}
