using System.Net;
using System.Text.Json.Serialization;

namespace Polvo.Stripe.Errors;

/// <summary>Stripe's error envelope (<c>{"error": {...}}</c>) with the HTTP status and request id of its response.</summary>
public sealed class StripeError
{
    /// <summary>Gets or sets the error type, such as <c>invalid_request_error</c>.</summary>
    public string? Type { get; set; }

    /// <summary>Gets or sets the error code, such as <c>resource_missing</c>.</summary>
    public string? Code { get; set; }

    /// <summary>Gets or sets the parameter the error is about.</summary>
    public string? Param { get; set; }

    /// <summary>Gets or sets Stripe's message.</summary>
    public string? Message { get; set; }

    /// <summary>Gets or sets the card issuer's decline code.</summary>
    public string? DeclineCode { get; set; }

    /// <summary>Gets or sets the documentation URL of the error code.</summary>
    public string? DocUrl { get; set; }

    /// <summary>Gets or sets the HTTP status of the response (not part of the JSON body).</summary>
    [JsonIgnore]
    public HttpStatusCode HttpStatus { get; set; }

    /// <summary>Gets or sets the <c>Request-Id</c> header of the response (not part of the JSON body).</summary>
    [JsonIgnore]
    public string? RequestId { get; set; }
}
