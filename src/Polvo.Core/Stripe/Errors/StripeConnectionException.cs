namespace Polvo.Stripe.Errors;

/// <summary>The API could not be reached (DNS, refused or reset connection, TLS); the inner exception is the <see cref="System.Net.Http.HttpRequestException"/>.</summary>
public sealed class StripeConnectionException : StripeException
{
    /// <summary>Creates the error.</summary>
    /// <param name="message">The message, free of secrets.</param>
    /// <param name="error">Stripe's error envelope.</param>
    /// <param name="innerException">The cause, if any.</param>
    public StripeConnectionException(string message, StripeError? error = null, Exception? innerException = null)
        : base(message, error, innerException)
    {
    }
}
