namespace Polvo.Emulator.Webhooks;

/// <summary>An endpoint an event goes to: its id, URL and signing secret.</summary>
internal sealed record WebhookTarget(string EndpointId, Uri Url, string Secret);
