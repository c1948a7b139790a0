using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using Polvo.Emulator.Events;
using Polvo.Emulator.Generic;
using Polvo.Emulator.Http;
using Polvo.Emulator.Store;

namespace Polvo.Emulator.Webhooks;

/// <summary>
/// Delivers events to the webhook endpoints that take their type: a POST of the event JSON signed as Stripe signs
/// it, retried with doubling delays until a 2xx answer or the attempts run out. Deliveries run in the background
/// and never hold up the request that made the change.
/// </summary>
internal sealed class WebhookDispatcher(EmulatorOptions options) : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, string> _secrets = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stop = new();
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };
    private readonly ConcurrentBag<Task> _running = [];
    private int _delivered;
    private int _failed;

    /// <summary>Called with an event's id each time one of its deliveries is answered with a 2xx.</summary>
    public Action<string>? Acknowledged { get; set; }

    /// <summary>The webhook endpoint objects; set once the stores exist.</summary>
    public ObjectStore<GenericRecord>? Endpoints { get; set; }

    public int Delivered => Volatile.Read(ref _delivered);

    public int Failed => Volatile.Read(ref _failed);

    /// <summary>Checks a webhook URL: absolute http(s), and loopback unless the emulator listens beyond loopback.</summary>
    public void CheckUrl(string? url, string param = "url")
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            throw ApiErrors.BadRequest($"Invalid URL: {ApiErrors.Shorten(url ?? string.Empty)}. Use an absolute http:// or https:// URL.", param, "url_invalid");
        }

        if (!IsOpen() && !uri.IsLoopback)
        {
            throw ApiErrors.BadRequest(
                $"Invalid URL: {ApiErrors.Shorten(url!)}. The emulator delivers webhooks only to loopback addresses (127.0.0.1, ::1, localhost) unless it listens on another interface (--host).",
                param, "url_invalid");
        }
    }

    /// <summary>Remembers an endpoint's signing secret.</summary>
    public void SetSecret(string endpointId, string secret) => _secrets[endpointId] = secret;

    /// <summary>The enabled endpoints whose <c>enabled_events</c> take this event type.</summary>
    public IReadOnlyList<WebhookTarget> Match(string type)
    {
        var targets = new List<WebhookTarget>();
        Endpoints?.Scan(long.MaxValue, record =>
        {
            var data = record.Data;
            if (record.Text("status") == "enabled" && Takes(data["enabled_events"] as JsonArray, type)
                && _secrets.TryGetValue(record.Id, out var secret) && Uri.TryCreate(record.Text("url"), UriKind.Absolute, out var url))
            {
                targets.Add(new WebhookTarget(record.Id, url, secret));
            }

            return true;
        });
        return targets;
    }

    public void Enqueue(EventRecord record, IReadOnlyList<WebhookTarget> targets)
    {
        if (targets.Count == 0) return;
        var payload = Http.JsonResponse.Render(w => EventJson.Write(w, record));
        foreach (var target in targets) _running.Add(DeliverAsync(target, payload, record.Id, _stop.Token));
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        try
        {
            await Task.WhenAll(_running).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }

        _http.Dispose();
        _stop.Dispose();
    }

    private async Task DeliverAsync(WebhookTarget target, byte[] payload, string eventId, CancellationToken cancellationToken)
    {
        await Task.Yield();
        var delay = TimeSpan.FromMilliseconds(options.WebhookRetryDelayMs);
        for (var attempt = 1; attempt <= options.WebhookAttempts; attempt++)
        {
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, target.Url) { Content = new ByteArrayContent(payload) };
                request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
                var timestamp = options.TimeProvider.GetUtcNow().ToUnixTimeSeconds();
                request.Headers.TryAddWithoutValidation("Stripe-Signature", WebhookSignature.Header(target.Secret, timestamp, payload));
                request.Headers.UserAgent.ParseAdd("Stripe/1.0 (+https://stripe.com/docs/webhooks)");
                using var response = await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);
                if ((int)response.StatusCode is >= 200 and < 300)
                {
                    Acknowledged?.Invoke(eventId);
                    Interlocked.Increment(ref _delivered);
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
            }
            catch (OperationCanceledException)
            {
                return;
            }

            if (attempt < options.WebhookAttempts)
            {
                try
                {
                    await Task.Delay(delay, options.TimeProvider, cancellationToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }

                delay *= 2;
            }
        }

        Interlocked.Increment(ref _failed);
    }

    private bool IsOpen() =>
        !string.Equals(options.Host, "localhost", StringComparison.OrdinalIgnoreCase) && IPAddress.TryParse(options.Host, out var address) && !IPAddress.IsLoopback(address);

    private static bool Takes(JsonArray? enabled, string type)
    {
        foreach (var item in enabled ?? [])
        {
            var value = item?.GetValue<string>();
            if (value == "*" || value == type) return true;
        }

        return false;
    }
}
