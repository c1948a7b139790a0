using System.Net;

namespace Polvo.Stripe.Errors;

/// <summary>
/// The base of every error Polvo's Stripe client raises. API errors carry Stripe's error envelope
/// (<see cref="Type"/>, <see cref="Code"/>, <see cref="Param"/>, ...); client-side errors (configuration,
/// connection, timeout) leave those <see langword="null"/>. Messages never contain the API key.
/// </summary>
public abstract class StripeException : Exception
{
    /// <summary>Creates an error with a message and the error Stripe returned, if any.</summary>
    /// <param name="message">The message, already free of secrets.</param>
    /// <param name="error">Stripe's error envelope, or <see langword="null"/> for client-side errors.</param>
    /// <param name="innerException">The cause, if any.</param>
    protected StripeException(string message, StripeError? error = null, Exception? innerException = null)
        : base(message, innerException)
    {
        Error = error;
    }

    /// <summary>Gets Stripe's error envelope, or <see langword="null"/> for client-side errors.</summary>
    public StripeError? Error { get; }

    /// <summary>Gets the HTTP status of the response, or <see langword="null"/> when there was no response.</summary>
    public HttpStatusCode? HttpStatus => Error?.HttpStatus;

    /// <summary>Gets Stripe's error type, such as <c>invalid_request_error</c> or <c>card_error</c>.</summary>
    public string? Type => Error?.Type;

    /// <summary>Gets Stripe's error code, such as <c>resource_missing</c>.</summary>
    public string? Code => Error?.Code;

    /// <summary>Gets the parameter the error is about, such as <c>id</c> or <c>limit</c>.</summary>
    public string? Param => Error?.Param;

    /// <summary>Gets the card issuer's decline code for card errors.</summary>
    public string? DeclineCode => Error?.DeclineCode;

    /// <summary>Gets the URL of Stripe's documentation of the error code.</summary>
    public string? DocUrl => Error?.DocUrl;

    /// <summary>Gets the id Stripe gave the request (<c>Request-Id</c> header), for support.</summary>
    public string? RequestId => Error?.RequestId;

    /// <summary>Gets the human-readable message Stripe sent.</summary>
    public string? StripeMessage => Error?.Message;
}
