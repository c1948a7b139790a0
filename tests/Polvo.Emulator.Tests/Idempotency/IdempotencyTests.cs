using System.Net;
using Polvo.Emulator.Tests.Support;

namespace Polvo.Emulator.Tests.Idempotency;

public class IdempotencyTests : IAsyncLifetime
{
    private StripeEmulator _emulator = null!;
    private ApiClient _client = null!;

    public async Task InitializeAsync()
    {
        _emulator = await Emulators.StartAsync();
        _client = new ApiClient(_emulator);
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _emulator.DisposeAsync();
    }

    [Fact]
    public async Task Post_SameKeySameParams_ReplaysFirstResponseAndCreatesNothing()
    {
        var first = await _client.PostAsync("/v1/customers", "key-1", ("email", "a@example.com"), ("metadata[x]", "1"));

        var second = await _client.PostAsync("/v1/customers", "key-1", ("metadata[x]", "1"), ("email", "a@example.com"));

        Assert.Equal(HttpStatusCode.OK, second.Status);
        Assert.Equal(first.Json.GetRawText(), second.Json.GetRawText());
        Assert.Equal("true", second.Header("Idempotent-Replayed"));
        Assert.Null(first.Header("Idempotent-Replayed"));
        Assert.Equal(first.Header("Request-Id"), second.Header("Original-Request"));
        Assert.NotEqual(first.Header("Request-Id"), second.Header("Request-Id"));
        Assert.Equal(1, _emulator.CustomerCount);
    }

    [Fact]
    public async Task Post_SameKeyDifferentParams_Returns400IdempotencyError()
    {
        await _client.PostAsync("/v1/customers", "key-2", ("email", "a@example.com"));

        var second = await _client.PostAsync("/v1/customers", "key-2", ("email", "b@example.com"));

        Assert.Equal(HttpStatusCode.BadRequest, second.Status);
        Assert.Equal("idempotency_error", second.Error.GetProperty("type").GetString());
        Assert.Contains("same parameters", second.Error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, _emulator.CustomerCount);
    }

    [Fact]
    public async Task Post_SameKeyOtherEndpoint_Returns400IdempotencyError()
    {
        await _client.PostAsync("/v1/customers", "key-3");

        var second = await _client.PostAsync("/v1/charges", "key-3", ("amount", "100"), ("currency", "usd"), ("source", "tok_visa"));

        Assert.Equal("idempotency_error", second.Error.GetProperty("type").GetString());
        Assert.Equal(0, _emulator.ChargeCount);
    }

    [Fact]
    public async Task Post_SameKeyOtherApiKey_IsSeparate()
    {
        using var other = new ApiClient(_emulator, "sk_test_someoneelse");
        var mine = await _client.PostAsync("/v1/customers", "shared-key");

        var theirs = await other.PostAsync("/v1/customers", "shared-key");

        Assert.NotEqual(mine.Id, theirs.Id);
        Assert.Null(theirs.Header("Idempotent-Replayed"));
        Assert.Equal(2, _emulator.CustomerCount);
    }

    [Fact]
    public async Task Post_ValidationFailure_IsNotKeptSoAFixedRetrySucceeds()
    {
        var bad = await _client.PostAsync("/v1/customers", "key-4", ("email", "not-an-email"));

        var fixedRetry = await _client.PostAsync("/v1/customers", "key-4", ("email", "ok@example.com"));

        Assert.Equal(HttpStatusCode.BadRequest, bad.Status);
        Assert.Equal(HttpStatusCode.OK, fixedRetry.Status);
        Assert.Equal(1, _emulator.CustomerCount);
    }

    [Fact]
    public async Task Post_CardDeclined_IsKeptAndReplayed()
    {
        var first = await _client.PostAsync("/v1/charges", "key-5", ("amount", "100"), ("currency", "usd"), ("source", "tok_chargeDeclined"));

        var second = await _client.PostAsync("/v1/charges", "key-5", ("amount", "100"), ("currency", "usd"), ("source", "tok_chargeDeclined"));

        Assert.Equal(HttpStatusCode.PaymentRequired, second.Status);
        Assert.Equal("true", second.Header("Idempotent-Replayed"));
        Assert.Equal(first.Error.GetProperty("charge").GetString(), second.Error.GetProperty("charge").GetString());
        Assert.Equal(1, _emulator.ChargeCount);
    }

    [Fact]
    public async Task Post_ConcurrentSameKey_CreatesExactlyOnce()
    {
        var responses = await Task.WhenAll(Enumerable.Range(0, 24).Select(_ =>
            _client.PostAsync("/v1/customers", "race-key", ("email", "race@example.com"))));

        Assert.Equal(1, _emulator.CustomerCount);
        var ok = responses.Where(r => r.Status == HttpStatusCode.OK).ToArray();
        Assert.NotEmpty(ok);
        Assert.Single(ok.Select(r => r.Id).Distinct());
        Assert.All(responses.Where(r => r.Status != HttpStatusCode.OK), r =>
        {
            Assert.Equal(HttpStatusCode.Conflict, r.Status);
            Assert.Equal("idempotency_key_in_use", r.Error.GetProperty("code").GetString());
            Assert.Equal("true", r.Header("Stripe-Should-Retry"));
        });
    }

    [Fact]
    public async Task Post_KeyLongerThan255_Returns400()
    {
        var response = await _client.PostAsync("/v1/customers", new string('k', 256));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(0, _emulator.CustomerCount);
    }

    [Fact]
    public async Task Post_Update_SameKeyReplaysWithoutApplyingTwice()
    {
        var id = await _client.CreateCustomerAsync(("balance", "0"));
        var first = await _client.PostAsync($"/v1/customers/{id}", "upd", ("description", "one"));
        await _client.PostAsync($"/v1/customers/{id}", ("description", "two"));

        var replay = await _client.PostAsync($"/v1/customers/{id}", "upd", ("description", "one"));
        var current = await _client.GetAsync($"/v1/customers/{id}");

        Assert.Equal(first.Json.GetRawText(), replay.Json.GetRawText());
        Assert.Equal("two", current.Str("description"));
    }
}
