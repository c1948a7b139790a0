using System.Text.Json;

namespace Polvo.Emulator.Http;

/// <summary>Writes Stripe's error envelope: <c>{"error":{"type","code","param","message",...}}</c>.</summary>
internal static class ErrorWriter
{
    public static JsonBody Body(ApiException error) => writer => Write(writer, error);

    public static void Write(Utf8JsonWriter writer, ApiException error)
    {
        writer.WriteStartObject();
        writer.WriteStartObject("error");
        if (error.ChargeId is not null) writer.WriteString("charge", error.ChargeId);
        if (error.Code is not null) writer.WriteString("code", error.Code);
        if (error.DeclineCode is not null) writer.WriteString("decline_code", error.DeclineCode);
        if (error.Code is not null) writer.WriteString("doc_url", "https://stripe.com/docs/error-codes/" + error.Code.Replace('_', '-'));
        writer.WriteString("message", error.Message);
        if (error.Param is not null) writer.WriteString("param", error.Param);
        if (error.PaymentIntentId is not null)
        {
            writer.WriteStartObject("payment_intent");
            writer.WriteString("id", error.PaymentIntentId);
            writer.WriteString("object", "payment_intent");
            writer.WriteEndObject();
        }

        writer.WriteString("type", error.Type);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    public static Task WriteAsync(HttpContext context, ApiException error)
    {
        if (error.ShouldRetry is bool retry)
        {
            context.Response.Headers["Stripe-Should-Retry"] = retry ? "true" : "false";
        }

        return JsonResponse.WriteAsync(context, error.Status, Body(error));
    }
}
