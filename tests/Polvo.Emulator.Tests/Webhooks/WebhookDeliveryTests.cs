using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Polvo.Emulator.Tests.Support;

namespace Polvo.Emulator.Tests.Webhooks;

public class WebhookDeliveryTests
{
    [Fact]
    public async Task Endpoint_ReceivesMatchingEventsSignedWithItsSecret()
    {
        using var receiver = new WebhookReceiver();
        await using var emulator = await Emulators.StartAsync();
        using var client = new ApiClient(emulator);
        var endpoint = await client.PostAsync("/v1/webhook_endpoints", ("url", receiver.Url), ("enabled_events[]", "product.created"));
        var secret = endpoint.Str("secret")!;

        await client.PostAsync("/v1/customers");
        var product = await client.PostAsync("/v1/products", ("name", "Signed"));
        var (body, signature) = await receiver.NextAsync();

        Assert.StartsWith("whsec_", secret, StringComparison.Ordinal);
        Assert.Null((await client.GetAsync($"/v1/webhook_endpoints/{endpoint.Id}")).Str("secret"));
        using var json = JsonDocument.Parse(body);
        Assert.Equal("product.created", json.RootElement.GetProperty("type").GetString());
        Assert.Equal(product.Id, json.RootElement.GetProperty("data").GetProperty("object").GetProperty("id").GetString());
        Assert.Equal(1, json.RootElement.GetProperty("pending_webhooks").GetInt32());
        Assert.True(Verify(signature, body, secret), $"signature {signature} does not verify");
        Assert.False(Verify(signature, body, "whsec_wrong"));
        Assert.Equal(1, receiver.Attempts);
    }

    [Fact]
    public async Task FailedDelivery_IsRetriedUntilItSucceeds()
    {
        using var receiver = new WebhookReceiver(failures: 2);
        await using var emulator = await Emulators.StartAsync(o => o.WebhookRetryDelayMs = 20);
        using var client = new ApiClient(emulator);
        await client.PostAsync("/v1/webhook_endpoints", ("url", receiver.Url), ("enabled_events[]", "*"));

        await client.PostAsync("/v1/customers", ("email", "retry@example.com"));
        var (body, _) = await receiver.NextAsync();
        for (var i = 0; i < 250 && emulator.WebhooksDelivered == 0; i++) await Task.Delay(20); // the count moves once the 200 is read

        Assert.Contains("retry@example.com", body, StringComparison.Ordinal);
        Assert.Equal(3, receiver.Attempts);
        Assert.Equal(1, emulator.WebhooksDelivered);
        var events = await client.GetAsync("/v1/events?type=customer.created");
        Assert.Equal(0, events.Json.GetProperty("data")[0].GetProperty("pending_webhooks").GetInt32());
    }

    [Fact]
    public async Task WebhookUrlOption_ReceivesEveryEventWithTheGivenSecret()
    {
        using var receiver = new WebhookReceiver();
        await using var emulator = await Emulators.StartAsync(o => { o.WebhookUrl = receiver.Url; o.WebhookSecret = "whsec_test_option"; });
        using var client = new ApiClient(emulator);

        await client.PostAsync("/v1/tax_rates", ("display_name", "VAT"), ("inclusive", "false"), ("percentage", "20"));
        var (body, signature) = await receiver.NextAsync();

        Assert.Equal("whsec_test_option", emulator.WebhookSecret);
        Assert.Contains("\"tax_rate.created\"", body, StringComparison.Ordinal);
        Assert.True(Verify(signature, body, "whsec_test_option"));
    }

    [Fact]
    public async Task DisabledEndpoint_ReceivesNothing()
    {
        using var receiver = new WebhookReceiver();
        await using var emulator = await Emulators.StartAsync();
        using var client = new ApiClient(emulator);
        var endpoint = await client.PostAsync("/v1/webhook_endpoints", ("url", receiver.Url), ("enabled_events[]", "*"));
        var disabled = await client.PostAsync($"/v1/webhook_endpoints/{endpoint.Id}", ("disabled", "true"));

        await client.PostAsync("/v1/customers");
        var events = await client.GetAsync("/v1/events?type=customer.created");

        Assert.Equal("disabled", disabled.Str("status"));
        Assert.Equal(0, events.Json.GetProperty("data")[0].GetProperty("pending_webhooks").GetInt32());
        Assert.Equal(0, receiver.Attempts);
    }

    [Theory]
    [InlineData("https://example.com/hook")]
    [InlineData("http://10.1.2.3/hook")]
    [InlineData("ftp://127.0.0.1/hook")]
    public async Task NonLoopbackUrl_IsRefusedWhileTheEmulatorListensOnLoopback(string url)
    {
        await using var emulator = await Emulators.StartAsync();
        using var client = new ApiClient(emulator);

        var response = await client.PostAsync("/v1/webhook_endpoints", ("url", url), ("enabled_events[]", "*"));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("url", response.Error.GetProperty("param").GetString());
        Assert.Equal("url_invalid", response.Error.GetProperty("code").GetString());
    }

    [Fact]
    public async Task WebhookUrlOption_NonLoopback_RefusesToStart()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => Emulators.StartAsync(o => o.WebhookUrl = "https://example.com/hook"));

        Assert.Contains("--host", error.Message, StringComparison.Ordinal);
    }

    /// <summary>Stripe's documented check: HMAC-SHA256 of "t.payload" with the secret, hex, equals v1.</summary>
    private static bool Verify(string header, string payload, string secret)
    {
        var parts = header.Split(',').Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
        var expected = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{parts["t"]}.{payload}"));
        return Convert.ToHexString(expected).Equals(parts["v1"], StringComparison.OrdinalIgnoreCase);
    }
}
