namespace Polvo.Stripe.Errors;

/// <summary>The object or path does not exist (HTTP 404), for example <c>resource_missing</c>.</summary>
public sealed class StripeNotFoundException : StripeException
{
    /// <summary>Creates the error.</summary>
    /// <param name="message">The message, free of secrets.</param>
    /// <param name="error">Stripe's error envelope.</param>
    /// <param name="innerException">The cause, if any.</param>
    public StripeNotFoundException(string message, StripeError? error = null, Exception? innerException = null)
        : base(message, error, innerException)
    {
    }
}
