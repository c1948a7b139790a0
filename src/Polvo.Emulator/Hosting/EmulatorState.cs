using System.Text.Json.Nodes;
using Polvo.Emulator.Charges;
using Polvo.Emulator.Customers;
using Polvo.Emulator.Events;
using Polvo.Emulator.Generic;
using Polvo.Emulator.Http;
using Polvo.Emulator.Idempotency;
using Polvo.Emulator.Store;
using Polvo.Emulator.Webhooks;

namespace Polvo.Emulator.Hosting;

/// <summary>Everything a running emulator holds: the stores, events, webhooks, idempotency records, switches and the clock.</summary>
internal sealed class EmulatorState
{
    public EmulatorState(
        ObjectStore<CustomerRecord> customers,
        ObjectStore<ChargeRecord> charges,
        GenericStores generic,
        EventLog events,
        WebhookDispatcher webhooks,
        EmulatorFaults faults,
        EmulatorRequestLog requests,
        TimeProvider time)
    {
        Customers = customers;
        Charges = charges;
        Generic = generic;
        Events = events;
        Webhooks = webhooks;
        Faults = faults;
        Requests = requests;
        Time = time;
        Renderer = new ObjectRenderer(this);
    }

    public ObjectStore<CustomerRecord> Customers { get; }

    public ObjectStore<ChargeRecord> Charges { get; }

    public GenericStores Generic { get; }

    public EventLog Events { get; }

    public WebhookDispatcher Webhooks { get; }

    public ObjectRenderer Renderer { get; }

    public IdempotencyStore Idempotency { get; } = new();

    public EmulatorFaults Faults { get; }

    public EmulatorRequestLog Requests { get; }

    public TimeProvider Time { get; }

    /// <summary>Records an event for a generic object, with the old values of what changed when <paramref name="before"/> is given.</summary>
    public void RecordEvent(string type, JsonObject after, JsonObject? before, ApiRequest? request) =>
        Events.Record(type, System.Text.Encoding.UTF8.GetBytes(Renderer.Expand(after, []).ToJsonString()),
            before is null ? null : System.Text.Encoding.UTF8.GetBytes(Renderer.Expand(before, []).ToJsonString()), request);

    /// <summary>Records an event for an object rendered by a fast path (customers, charges).</summary>
    public void RecordEvent(string type, JsonBody after, JsonBody? before, ApiRequest? request) =>
        Events.Record(type, JsonResponse.Render(after), before is null ? null : JsonResponse.Render(before), request);
}
