using System.Text.Json.Nodes;
using Polvo.Emulator.Generic;
using Polvo.Emulator.Webhooks;

namespace Polvo.Emulator.Lifecycles;

/// <summary>
/// Webhook endpoints: the URL must be loopback unless the emulator listens beyond it; the signing secret
/// (<c>whsec_...</c>) is returned once, by the create, as at Stripe; <c>disabled=true</c> stops deliveries.
/// </summary>
internal sealed class WebhookEndpointLifecycle : ResourceLifecycle
{
    public override void BeforeCreate(GenericContext context, JsonObject data)
    {
        context.State.Webhooks.CheckUrl(context.Param("url"));
        data["status"] = "enabled";
        data["secret"] = null;
    }

    public override GenericRecord AfterCreate(GenericContext context, GenericRecord record)
    {
        var secret = WebhookSetup.NewSecret();
        context.State.Webhooks.SetSecret(record.Id, secret);
        var shown = record.Data.DeepClone().AsObject();
        shown["secret"] = secret;
        return record with { Data = shown };
    }

    public override Action<JsonObject>? BeforeUpdate(GenericContext context, GenericRecord current)
    {
        if (context.Param("url") is { } url) context.State.Webhooks.CheckUrl(url);
        return context.BoolParam("disabled") is { } disabled ? data => data["status"] = disabled ? "disabled" : "enabled" : null;
    }
}
