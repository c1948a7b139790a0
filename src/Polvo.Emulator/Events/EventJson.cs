using System.Text.Json;

namespace Polvo.Emulator.Events;

/// <summary>Renders an event as Stripe does.</summary>
internal static class EventJson
{
    public static void Write(Utf8JsonWriter w, EventRecord e)
    {
        w.WriteStartObject();
        w.WriteString("id", e.Id);
        w.WriteString("object", "event");
        w.WriteString("api_version", EventLog.ApiVersion);
        w.WriteNumber("created", e.Created);
        w.WriteStartObject("data");
        w.WritePropertyName("object");
        w.WriteRawValue(e.Object, skipInputValidation: true);
        if (e.PreviousAttributes is not null)
        {
            w.WritePropertyName("previous_attributes");
            w.WriteRawValue(e.PreviousAttributes, skipInputValidation: true);
        }

        w.WriteEndObject();
        w.WriteBoolean("livemode", false);
        w.WriteNumber("pending_webhooks", e.PendingWebhooks);
        w.WriteStartObject("request");
        if (e.RequestId is null) w.WriteNull("id");
        else w.WriteString("id", e.RequestId);
        if (e.IdempotencyKey is null) w.WriteNull("idempotency_key");
        else w.WriteString("idempotency_key", e.IdempotencyKey);
        w.WriteEndObject();
        w.WriteString("type", e.Type);
        w.WriteEndObject();
    }
}
