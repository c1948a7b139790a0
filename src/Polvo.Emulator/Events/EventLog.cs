using System.Text.Json.Nodes;
using Polvo.Emulator.Http;
using Polvo.Emulator.Store;
using Polvo.Emulator.Webhooks;

namespace Polvo.Emulator.Events;

/// <summary>
/// Records an event for every change (served at <c>/v1/events</c>) and hands each to the webhook endpoints that
/// take its type. <c>previous_attributes</c> holds the old values of the top-level fields that changed.
/// </summary>
internal sealed class EventLog
{
    public const string ApiVersion = "2020-08-27";

    private readonly WebhookDispatcher _webhooks;
    private readonly TimeProvider _time;

    public EventLog(ObjectStore<EventRecord> store, WebhookDispatcher webhooks, TimeProvider time)
    {
        Store = store;
        _webhooks = webhooks;
        _time = time;

        // pending_webhooks counts the deliveries not yet answered with a 2xx, as at Stripe.
        webhooks.Acknowledged = id => store.Update(id, e => e with { PendingWebhooks = Math.Max(0, e.PendingWebhooks - 1) });
    }

    public ObjectStore<EventRecord> Store { get; }

    public EventRecord Record(string type, byte[] json, byte[]? previousJson, ApiRequest? request)
    {
        var previous = previousJson is null ? null : Diff(previousJson, json);
        var requestState = request?.Context.Features.Get<RequestState>();
        var key = request?.Context.Request.Headers["Idempotency-Key"].ToString();
        var targets = _webhooks.Match(type);
        var now = _time.GetUtcNow().ToUnixTimeSeconds();
        var record = Store.Add("evt_", 24, now, (id, seq) => new EventRecord(id, seq, now)
        {
            Type = type,
            Object = json,
            PreviousAttributes = previous,
            RequestId = requestState?.RequestId,
            IdempotencyKey = string.IsNullOrEmpty(key) ? null : key,
            PendingWebhooks = targets.Count,
        });
        _webhooks.Enqueue(record, targets);
        return record;
    }

    /// <summary>The old values of the top-level fields whose value changed.</summary>
    private static byte[] Diff(byte[] before, byte[] after)
    {
        var old = JsonNode.Parse(before)!.AsObject();
        var now = JsonNode.Parse(after)!.AsObject();
        var changed = new JsonObject();
        foreach (var (name, value) in old)
        {
            if (!JsonNode.DeepEquals(value, now[name])) changed[name] = value?.DeepClone();
        }

        return System.Text.Encoding.UTF8.GetBytes(changed.ToJsonString());
    }
}
