namespace Polvo.Stripe.Errors;

/// <summary>The card was declined or is invalid (HTTP 402 or type <c>card_error</c>); see <see cref="StripeException.DeclineCode"/>.</summary>
public sealed class StripeCardException : StripeException
{
    /// <summary>Creates the error.</summary>
    /// <param name="message">The message, free of secrets.</param>
    /// <param name="error">Stripe's error envelope.</param>
    /// <param name="innerException">The cause, if any.</param>
    public StripeCardException(string message, StripeError? error = null, Exception? innerException = null)
        : base(message, error, innerException)
    {
    }
}
