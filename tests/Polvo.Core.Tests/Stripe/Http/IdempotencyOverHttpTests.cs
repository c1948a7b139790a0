using Polvo.Core.Tests.TestSupport;
using Polvo.Stripe;
using Polvo.Stripe.Errors;
using Polvo.Stripe.Services;

namespace Polvo.Core.Tests.Stripe.Http;

/// <summary>Idempotency keys over real HTTP: every POST carries one, and the emulator honours them.</summary>
public sealed class IdempotencyOverHttpTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    [Fact]
    public async Task CreateAsync_SameIdempotencyKeyTwice_CreatesOneCustomer()
    {
        using var captured = new CapturedClient(fixture.Emulator);
        var options = new CustomerCreateOptions { Email = Unique.Email("idem"), Metadata = new() { ["n"] = "1" } };
        var key = new RequestOptions { IdempotencyKey = "polvo-test-" + Unique.Marker() };
        var before = fixture.Emulator.CustomerCount;

        var first = await captured.Client.Customers.CreateAsync(options, key);
        var second = await captured.Client.Customers.CreateAsync(options, key);

        Assert.Equal(first.Id, second.Id);
        Assert.Equal(before + 1, fixture.Emulator.CustomerCount);
        Assert.Single(await captured.Client.Customers.ListAsync(new CustomerListOptions { Email = options.Email }).ToListAsync());
        var posts = captured.Capture.Exchanges.Where(e => e.Method == "POST").ToList();
        Assert.All(posts, e => Assert.Equal(key.IdempotencyKey, e.RequestHeader("Idempotency-Key")));
        Assert.Null(posts[0].ResponseHeader("Idempotent-Replayed"));
        Assert.Equal("true", posts[1].ResponseHeader("Idempotent-Replayed"));
    }

    [Fact]
    public async Task CreateAsync_SameIdempotencyKeyTwice_CreatesOneCharge()
    {
        using var captured = new CapturedClient(fixture.Emulator);
        var options = new ChargeCreateOptions { Amount = 1_234, Currency = "usd", Source = "tok_visa" };
        var key = new RequestOptions { IdempotencyKey = "polvo-test-" + Unique.Marker() };
        var before = fixture.Emulator.ChargeCount;

        var first = await captured.Client.Charges.CreateAsync(options, key);
        var second = await captured.Client.Charges.CreateAsync(options, key);

        Assert.Equal(first.Id, second.Id);
        Assert.Equal(before + 1, fixture.Emulator.ChargeCount);
    }

    [Fact]
    public async Task CreateAsync_DeclinedChargeRetriedWithSameKey_ReplaysTheDeclineWithoutASecondCharge()
    {
        using var captured = new CapturedClient(fixture.Emulator);
        var options = new ChargeCreateOptions { Amount = 1_000, Currency = "usd", Source = "tok_chargeDeclined" };
        var key = new RequestOptions { IdempotencyKey = "polvo-test-" + Unique.Marker() };
        var before = fixture.Emulator.ChargeCount;

        var first = await Assert.ThrowsAsync<StripeCardException>(() => captured.Client.Charges.CreateAsync(options, key));
        var second = await Assert.ThrowsAsync<StripeCardException>(() => captured.Client.Charges.CreateAsync(options, key));

        Assert.Equal(first.DeclineCode, second.DeclineCode);
        Assert.Equal(before + 1, fixture.Emulator.ChargeCount); // the failed charge exists once
        Assert.Equal("true", captured.Capture.Exchanges[^1].ResponseHeader("Idempotent-Replayed"));
    }

    [Fact]
    public async Task EveryPost_CarriesAFreshIdempotencyKeyAndOtherMethodsNone()
    {
        using var captured = new CapturedClient(fixture.Emulator);
        var client = captured.Client;

        var customer = await client.Customers.CreateAsync(new CustomerCreateOptions { Email = Unique.Email("keys") });
        await client.Customers.UpdateAsync(customer.Id, new CustomerUpdateOptions { Name = "x" });
        var charge = await client.Charges.CreateAsync(new ChargeCreateOptions { Amount = 700, Currency = "usd", Customer = customer.Id, Source = "tok_visa" });
        await client.Charges.UpdateAsync(charge.Id, new ChargeUpdateOptions { Description = "y" });
        await client.Raw.SendAsync(HttpMethod.Post, "/v1/customers", new Dictionary<string, object?> { ["email"] = Unique.Email("rawkey") });
        await client.Customers.GetAsync(customer.Id);
        await client.Customers.DeleteAsync(customer.Id);

        var exchanges = captured.Capture.Exchanges;
        var postKeys = exchanges.Where(e => e.Method == "POST").Select(e => e.RequestHeader("Idempotency-Key")).ToList();
        Assert.Equal(5, postKeys.Count);
        Assert.All(postKeys, k => Assert.False(string.IsNullOrWhiteSpace(k)));
        Assert.Equal(5, postKeys.Distinct().Count()); // one key per logical request
        Assert.All(exchanges.Where(e => e.Method != "POST"), e => Assert.Null(e.RequestHeader("Idempotency-Key")));
        Assert.All(exchanges, e => Assert.Null(e.ResponseHeader("Idempotent-Replayed")));
    }

    [Fact]
    public async Task CreateAsync_GeneratedKey_IsTheOneTheEmulatorRecorded()
    {
        using var captured = new CapturedClient(fixture.Emulator);
        var email = Unique.Email("generated");
        var created = await captured.Client.Customers.CreateAsync(new CustomerCreateOptions { Email = email });
        var generated = captured.Capture.Exchanges[^1].RequestHeader("Idempotency-Key")!;
        var before = fixture.Emulator.CustomerCount;

        // Sending the same parameters with the key the client generated is answered from the emulator's record.
        var replay = await captured.Client.Raw.SendAsync(HttpMethod.Post, "/v1/customers",
            new Dictionary<string, object?> { ["email"] = email }, new RequestOptions { IdempotencyKey = generated });

        Assert.StartsWith("polvo-", generated);
        Assert.Equal(created.Id, replay.GetProperty("id").GetString());
        Assert.Equal("true", captured.Capture.Exchanges[^1].ResponseHeader("Idempotent-Replayed"));
        Assert.Equal(before, fixture.Emulator.CustomerCount);
    }
}
