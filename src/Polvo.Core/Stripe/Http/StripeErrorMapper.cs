using System.Net;
using System.Text;
using System.Text.Json;
using Polvo.Stripe.Configuration;
using Polvo.Stripe.Entities;
using Polvo.Stripe.Errors;

namespace Polvo.Stripe.Http;

/// <summary>Turns an unsuccessful response (or an undecodable successful one) into the matching <see cref="StripeException"/>.</summary>
internal static class StripeErrorMapper
{
    private const int BodyPreviewLength = 200;

    public static StripeException Map(HttpStatusCode status, string? requestId, ReadOnlySpan<byte> body, StripeApiKey apiKey)
    {
        var error = TryDecode(body);
        if (error is null)
        {
            return NotJson(status, requestId, body, apiKey);
        }

        error.HttpStatus = status;
        error.RequestId = requestId;
        error.Message = error.Message is null ? null : apiKey.RedactFrom(error.Message);
        var message = apiKey.RedactFrom(Describe(error));
        return Create(status, error, message);
    }

    public static StripeApiException NotJson(HttpStatusCode status, string? requestId, ReadOnlySpan<byte> body, StripeApiKey apiKey, Exception? inner = null)
    {
        var text = Encoding.UTF8.GetString(body);
        var preview = text.Length > BodyPreviewLength ? text[..BodyPreviewLength] + "…" : text;
        var error = new StripeError { HttpStatus = status, RequestId = requestId, Type = "api_error" };
        var message = $"Stripe returned HTTP {(int)status} ({status}) with a body that is not Stripe's JSON" +
            (requestId is null ? string.Empty : $" (request {requestId})") +
            $"; is the base URL a Stripe API? Body starts: {(preview.Length == 0 ? "(empty)" : preview)}";
        return new StripeApiException(apiKey.RedactFrom(message), error, inner);
    }

    private static StripeError? TryDecode(ReadOnlySpan<byte> body)
    {
        try
        {
            return JsonSerializer.Deserialize(body, StripeJsonContext.Default.StripeErrorEnvelope)?.Error;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static StripeException Create(HttpStatusCode status, StripeError error, string message)
    {
        if (error.Type == "idempotency_error")
        {
            return new StripeIdempotencyException(message, error);
        }

        if (error.Type == "card_error")
        {
            return new StripeCardException(message, error);
        }

        return (int)status switch
        {
            400 => new StripeInvalidRequestException(message, error),
            401 => new StripeAuthenticationException(message, error),
            402 => new StripeCardException(message, error),
            403 => new StripePermissionException(message, error),
            404 => new StripeNotFoundException(message, error),
            429 => new StripeRateLimitException(message, error),
            _ => new StripeApiException(message, error),
        };
    }

    private static string Describe(StripeError error)
    {
        var details = new List<string> { $"HTTP {(int)error.HttpStatus}" };
        AddDetail(details, "type", error.Type);
        AddDetail(details, "code", error.Code);
        AddDetail(details, "param", error.Param);
        AddDetail(details, "decline_code", error.DeclineCode);
        AddDetail(details, "request", error.RequestId);
        var text = string.IsNullOrWhiteSpace(error.Message) ? "Stripe returned an error." : error.Message;
        return $"{text} ({string.Join(", ", details)})";
    }

    private static void AddDetail(List<string> details, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            details.Add($"{name} {value}");
        }
    }
}
