namespace Polvo.Stripe.Errors;

/// <summary>The API key may not perform this request (HTTP 403).</summary>
public sealed class StripePermissionException : StripeException
{
    /// <summary>Creates the error.</summary>
    /// <param name="message">The message, free of secrets.</param>
    /// <param name="error">Stripe's error envelope.</param>
    /// <param name="innerException">The cause, if any.</param>
    public StripePermissionException(string message, StripeError? error = null, Exception? innerException = null)
        : base(message, error, innerException)
    {
    }
}
