using System.Net;
using Polvo.Core.Tests.TestSupport;
using Polvo.Stripe;
using Polvo.Stripe.Errors;
using Polvo.Stripe.Services;

namespace Polvo.Core.Tests.Stripe.Errors;

/// <summary>
/// Every error status the emulator answers, mapped by the real client over loopback HTTP: the exception type,
/// Stripe's envelope fields, the request id from the <c>Request-Id</c> header, and never the key.
/// (A body that is not JSON only comes from a fake handler, see StripeRequestorTests.)
/// </summary>
public sealed class ErrorMappingOverHttpTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    [Fact]
    public async Task GetAsync_KeyTheServerRejects_ThrowsAuthenticationException()
    {
        const string badKey = "sk_test_not-a-real-key-Wq81z";
        using var captured = new CapturedClient(fixture.Emulator, badKey);

        var error = await Assert.ThrowsAsync<StripeAuthenticationException>(() => captured.Client.Customers.GetAsync("cus_any"));

        Assert.Equal(HttpStatusCode.Unauthorized, error.HttpStatus);
        Assert.Equal("invalid_request_error", error.Type);
        Assert.Equal("api_key_invalid", error.Code);
        AssertRequestIdFromHeader(captured, error);
        AssertNoSecret(error, badKey);
    }

    [Fact]
    public async Task CreateAsync_RestrictedKeyWriting_ThrowsPermissionExceptionWhileReadsWork()
    {
        const string restricted = "rk_test_ReadOnlyKey0042abc";
        using var captured = new CapturedClient(fixture.Emulator, restricted);
        await captured.Client.Customers.ListAsync(new CustomerListOptions { Limit = 1 }).ToListAsync();

        var error = await Assert.ThrowsAsync<StripePermissionException>(
            () => captured.Client.Customers.CreateAsync(new CustomerCreateOptions { Email = Unique.Email("rk") }));

        Assert.Equal(HttpStatusCode.Forbidden, error.HttpStatus);
        Assert.Equal("permission_error", error.Type);
        AssertRequestIdFromHeader(captured, error);
        AssertNoSecret(error, restricted);
    }

    [Fact]
    public async Task GetAsync_MissingId_ThrowsNotFoundWithResourceMissingOnId()
    {
        using var captured = new CapturedClient(fixture.Emulator);

        var error = await Assert.ThrowsAsync<StripeNotFoundException>(() => captured.Client.Charges.GetAsync("ch_missing000000000000000000"));

        Assert.Equal(HttpStatusCode.NotFound, error.HttpStatus);
        Assert.Equal("resource_missing", error.Code);
        Assert.Equal("id", error.Param);
        Assert.Contains("ch_missing000000000000000000", error.StripeMessage);
        Assert.Equal("https://stripe.com/docs/error-codes/resource-missing", error.DocUrl);
        AssertRequestIdFromHeader(captured, error);
        AssertNoSecret(error, EmulatorFixture.ApiKey);
    }

    [Theory]
    [InlineData("tok_chargeDeclined", "card_declined", "generic_decline")]
    [InlineData("tok_chargeDeclinedInsufficientFunds", "card_declined", "insufficient_funds")]
    [InlineData("tok_chargeDeclinedExpiredCard", "expired_card", "expired_card")]
    public async Task CreateAsync_DecliningSource_ThrowsCardExceptionWithDeclineCode(string source, string code, string declineCode)
    {
        using var captured = new CapturedClient(fixture.Emulator);

        var error = await Assert.ThrowsAsync<StripeCardException>(
            () => captured.Client.Charges.CreateAsync(new ChargeCreateOptions { Amount = 1_000, Currency = "usd", Source = source }));

        Assert.Equal(HttpStatusCode.PaymentRequired, error.HttpStatus);
        Assert.Equal("card_error", error.Type);
        Assert.Equal(code, error.Code);
        Assert.Equal(declineCode, error.DeclineCode);
        Assert.Contains($"decline_code {declineCode}", error.Message);
        AssertRequestIdFromHeader(captured, error);
        AssertNoSecret(error, EmulatorFixture.ApiKey);
    }

    [Fact]
    public async Task CreateAsync_UnknownParameter_ThrowsInvalidRequestNamingIt()
    {
        using var captured = new CapturedClient(fixture.Emulator);

        var error = await Assert.ThrowsAsync<StripeInvalidRequestException>(() => captured.Client.Customers.CreateAsync(
            new CustomerCreateOptions { Email = Unique.Email("unknown"), ExtraParameters = new() { ["favourite_colour"] = "teal" } }));

        Assert.Equal(HttpStatusCode.BadRequest, error.HttpStatus);
        Assert.Equal("invalid_request_error", error.Type);
        Assert.Equal("parameter_unknown", error.Code);
        Assert.Equal("favourite_colour", error.Param);
        AssertRequestIdFromHeader(captured, error);
        AssertNoSecret(error, EmulatorFixture.ApiKey);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    public async Task ListAsync_LimitOutOfRangeSentAnyway_ThrowsInvalidRequestOnLimit(int limit)
    {
        // ListOptions.Limit refuses these before sending; ExtraParameters sends them, so the server's answer is tested.
        using var captured = new CapturedClient(fixture.Emulator);

        var error = await Assert.ThrowsAsync<StripeInvalidRequestException>(
            () => captured.Client.Customers.ListAsync(new CustomerListOptions { ExtraParameters = new() { ["limit"] = limit } }).ToListAsync().AsTask());

        Assert.Equal("limit", error.Param);
        Assert.Equal("parameter_invalid_integer", error.Code);
        AssertRequestIdFromHeader(captured, error);
    }

    [Fact]
    public async Task ListAsync_CursorThatDoesNotExist_ThrowsInvalidRequestNotNotFound()
    {
        using var captured = new CapturedClient(fixture.Emulator);

        var error = await Assert.ThrowsAsync<StripeInvalidRequestException>(
            () => captured.Client.Customers.ListAsync(new CustomerListOptions { StartingAfter = "cus_gone0000000000" }).ToListAsync().AsTask());

        Assert.Equal(HttpStatusCode.BadRequest, error.HttpStatus);
        Assert.Equal("resource_missing", error.Code);
        Assert.Equal("starting_after", error.Param);
    }

    [Fact]
    public async Task CreateAsync_SameIdempotencyKeyDifferentParameters_ThrowsIdempotencyException()
    {
        using var captured = new CapturedClient(fixture.Emulator);
        var key = "polvo-test-" + Unique.Marker();
        await captured.Client.Customers.CreateAsync(new CustomerCreateOptions { Email = Unique.Email("first") }, new RequestOptions { IdempotencyKey = key });

        var error = await Assert.ThrowsAsync<StripeIdempotencyException>(() => captured.Client.Customers.CreateAsync(
            new CustomerCreateOptions { Email = Unique.Email("second") }, new RequestOptions { IdempotencyKey = key }));

        Assert.Equal(HttpStatusCode.BadRequest, error.HttpStatus);
        Assert.Equal("idempotency_error", error.Type);
        Assert.Contains(key, error.StripeMessage);
        AssertRequestIdFromHeader(captured, error);
        AssertNoSecret(error, EmulatorFixture.ApiKey);
    }

    [Fact]
    public async Task GetAsync_OverTheRateLimit_ThrowsRateLimitException()
    {
        await using var emulator = await Clients.StartDedicatedAsync();
        emulator.Faults.RateLimit = 0.001; // one request, then the next token is 1,000 s away
        using var captured = new CapturedClient(emulator);
        await captured.Client.Customers.ListAsync(new CustomerListOptions { Limit = 1 }).ToListAsync();

        var error = await Assert.ThrowsAsync<StripeRateLimitException>(() => captured.Client.Customers.ListAsync().ToListAsync().AsTask());

        Assert.Equal((HttpStatusCode)429, error.HttpStatus);
        Assert.Equal("rate_limit", error.Code);
        Assert.Equal(1, emulator.Requests.Count429);
        AssertRequestIdFromHeader(captured, error);
        AssertNoSecret(error, EmulatorFixture.ApiKey);
    }

    [Fact]
    public async Task GetAsync_LockTimeout_ThrowsRateLimitExceptionWithLockTimeoutCode()
    {
        await using var emulator = await Clients.StartDedicatedAsync();
        emulator.Faults.LockTimeoutRate = 1;
        using var captured = new CapturedClient(emulator);

        var error = await Assert.ThrowsAsync<StripeRateLimitException>(() => captured.Client.Customers.GetAsync("cus_any"));

        Assert.Equal("lock_timeout", error.Code);
        AssertRequestIdFromHeader(captured, error);
    }

    [Fact]
    public async Task CreateAsync_ServerError_ThrowsApiException()
    {
        await using var emulator = await Clients.StartDedicatedAsync();
        emulator.Faults.FaultRate = 1;
        using var captured = new CapturedClient(emulator);

        var error = await Assert.ThrowsAsync<StripeApiException>(
            () => captured.Client.Customers.CreateAsync(new CustomerCreateOptions { Email = Unique.Email("fault") }));

        Assert.Equal(HttpStatusCode.InternalServerError, error.HttpStatus);
        Assert.Equal("api_error", error.Type);
        Assert.Equal(0, emulator.CustomerCount);
        AssertRequestIdFromHeader(captured, error);
        AssertNoSecret(error, EmulatorFixture.ApiKey);
    }

    [Fact]
    public async Task SendAsync_UnknownPath_ThrowsNotFound()
    {
        using var captured = new CapturedClient(fixture.Emulator);

        var error = await Assert.ThrowsAsync<StripeNotFoundException>(() => captured.Client.Raw.SendAsync(HttpMethod.Get, "/v1/no_such_things"));

        Assert.Contains("Unrecognized request URL", error.StripeMessage);
        AssertRequestIdFromHeader(captured, error);
    }

    private static void AssertRequestIdFromHeader(CapturedClient captured, StripeException error)
    {
        Assert.StartsWith("req_", error.RequestId);
        Assert.Equal(captured.Capture.LastRequestId, error.RequestId);
        Assert.Contains($"request {error.RequestId}", error.Message);
    }

    private static void AssertNoSecret(Exception error, string secret)
    {
        Assert.DoesNotContain(secret, error.Message);
        Assert.DoesNotContain(secret, error.ToString());
        Assert.DoesNotContain(secret, (error as StripeException)?.StripeMessage ?? string.Empty);
    }
}
