namespace Polvo.Stripe.Errors;

/// <summary>An <c>Idempotency-Key</c> was reused with different parameters (type <c>idempotency_error</c>).</summary>
public sealed class StripeIdempotencyException : StripeException
{
    /// <summary>Creates the error.</summary>
    /// <param name="message">The message, free of secrets.</param>
    /// <param name="error">Stripe's error envelope.</param>
    /// <param name="innerException">The cause, if any.</param>
    public StripeIdempotencyException(string message, StripeError? error = null, Exception? innerException = null)
        : base(message, error, innerException)
    {
    }
}
