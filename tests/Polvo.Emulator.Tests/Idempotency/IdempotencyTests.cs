using System.Net;
using Polvo.Emulator.Tests.Support;

namespace Polvo.Emulator.Tests.Idempotency;

public class IdempotencyTests : EmulatorTest
{
    [Fact]
    public async Task Post_SameKeySameParams_ReplaysFirstResponseAndCreatesNothing()
    {
        var first = await Client.PostAsync("/v1/customers", "key-1", ("email", "a@example.com"), ("metadata[x]", "1"));

        var second = await Client.PostAsync("/v1/customers", "key-1", ("metadata[x]", "1"), ("email", "a@example.com"));

        Assert.Equal(HttpStatusCode.OK, second.Status);
        Assert.Equal(first.Json.GetRawText(), second.Json.GetRawText());
        Assert.Equal("true", second.Header("Idempotent-Replayed"));
        Assert.Null(first.Header("Idempotent-Replayed"));
        Assert.Equal(first.Header("Request-Id"), second.Header("Original-Request"));
        Assert.NotEqual(first.Header("Request-Id"), second.Header("Request-Id"));
        Assert.Equal(1, Emulator.CustomerCount);
    }

    [Fact]
    public async Task Post_SameKeyDifferentParams_Returns400IdempotencyError()
    {
        await Client.PostAsync("/v1/customers", "key-2", ("email", "a@example.com"));

        var second = await Client.PostAsync("/v1/customers", "key-2", ("email", "b@example.com"));

        Assert.Equal(HttpStatusCode.BadRequest, second.Status);
        Assert.Equal("idempotency_error", second.Error.GetProperty("type").GetString());
        Assert.Contains("same parameters", second.Error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, Emulator.CustomerCount);
    }

    [Fact]
    public async Task Post_SameKeyOtherEndpoint_Returns400IdempotencyError()
    {
        await Client.PostAsync("/v1/customers", "key-3");

        var second = await Client.PostAsync("/v1/charges", "key-3", ("amount", "100"), ("currency", "usd"), ("source", "tok_visa"));

        Assert.Equal("idempotency_error", second.Error.GetProperty("type").GetString());
        Assert.Equal(0, Emulator.ChargeCount);
    }

    [Fact]
    public async Task Post_SameKeyOtherApiKey_IsSeparate()
    {
        using var other = new ApiClient(Emulator, "sk_test_someoneelse");
        var mine = await Client.PostAsync("/v1/customers", "shared-key");

        var theirs = await other.PostAsync("/v1/customers", "shared-key");

        Assert.NotEqual(mine.Id, theirs.Id);
        Assert.Null(theirs.Header("Idempotent-Replayed"));
        Assert.Equal(2, Emulator.CustomerCount);
    }

    [Fact]
    public async Task Post_ValidationFailure_IsNotKeptSoAFixedRetrySucceeds()
    {
        var bad = await Client.PostAsync("/v1/customers", "key-4", ("email", "not-an-email"));

        var fixedRetry = await Client.PostAsync("/v1/customers", "key-4", ("email", "ok@example.com"));

        Assert.Equal(HttpStatusCode.BadRequest, bad.Status);
        Assert.Equal(HttpStatusCode.OK, fixedRetry.Status);
        Assert.Equal(1, Emulator.CustomerCount);
    }

    [Fact]
    public async Task Post_CardDeclined_IsKeptAndReplayed()
    {
        var first = await Client.PostAsync("/v1/charges", "key-5", ("amount", "100"), ("currency", "usd"), ("source", "tok_chargeDeclined"));

        var second = await Client.PostAsync("/v1/charges", "key-5", ("amount", "100"), ("currency", "usd"), ("source", "tok_chargeDeclined"));

        Assert.Equal(HttpStatusCode.PaymentRequired, second.Status);
        Assert.Equal("true", second.Header("Idempotent-Replayed"));
        Assert.Equal(first.Error.GetProperty("charge").GetString(), second.Error.GetProperty("charge").GetString());
        Assert.Equal(1, Emulator.ChargeCount);
    }

    [Fact]
    public async Task Post_ConcurrentSameKey_CreatesExactlyOnce()
    {
        var responses = await Task.WhenAll(Enumerable.Range(0, 24).Select(_ =>
            Client.PostAsync("/v1/customers", "race-key", ("email", "race@example.com"))));

        Assert.Equal(1, Emulator.CustomerCount);
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
        var response = await Client.PostAsync("/v1/customers", new string('k', 256));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(0, Emulator.CustomerCount);
    }

    [Fact]
    public async Task Post_Update_SameKeyReplaysWithoutApplyingTwice()
    {
        var id = await Client.CreateCustomerAsync(("balance", "0"));
        var first = await Client.PostAsync($"/v1/customers/{id}", "upd", ("description", "one"));
        await Client.PostAsync($"/v1/customers/{id}", ("description", "two"));

        var replay = await Client.PostAsync($"/v1/customers/{id}", "upd", ("description", "one"));
        var current = await Client.GetAsync($"/v1/customers/{id}");

        Assert.Equal(first.Json.GetRawText(), replay.Json.GetRawText());
        Assert.Equal("two", current.Str("description"));
    }
}
