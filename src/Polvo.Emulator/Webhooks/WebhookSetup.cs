using System.Text.Json.Nodes;
using Polvo.Emulator.Generic;
using Polvo.Emulator.Hosting;
using Polvo.Emulator.Http;
using Polvo.Emulator.Store;

namespace Polvo.Emulator.Webhooks;

/// <summary>Makes webhook endpoints: the one <c>--webhook-url</c> asks for, and each <c>POST /v1/webhook_endpoints</c>.</summary>
internal static class WebhookSetup
{
    public static string NewSecret() => Ids.Random("whsec_", 32);

    /// <summary>The <c>--webhook-url</c> endpoint, taking every event; returns its signing secret.</summary>
    public static string AddStartupEndpoint(EmulatorState state, EmulatorOptions options)
    {
        try
        {
            state.Webhooks.CheckUrl(options.WebhookUrl, "--webhook-url");
        }
        catch (ApiException error)
        {
            throw new ArgumentException(error.Message.Replace("(--host)", "(add --host)", StringComparison.Ordinal), nameof(options.WebhookUrl));
        }

        var type = state.Generic.Type("webhook_endpoint");
        var now = state.Time.GetUtcNow().ToUnixTimeSeconds();
        var id = Ids.Random(type.IdPrefix, type.IdLength);
        var data = NewObjects.New(type, id, now);
        data["url"] = options.WebhookUrl;
        data["enabled_events"] = new JsonArray("*");
        data["description"] = "--webhook-url";
        data["status"] = "enabled";
        data["api_version"] = null;
        data["secret"] = null;
        var secret = options.WebhookSecret ?? NewSecret();
        state.Webhooks.SetSecret(id, secret);
        state.Generic["webhook_endpoint"].AddWithId(id, now, (_, seq) => new GenericRecord(id, seq, now, data));
        return secret;
    }
}
