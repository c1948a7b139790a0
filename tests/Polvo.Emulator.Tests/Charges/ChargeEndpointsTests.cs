using System.Net;
using System.Text.Json;
using Polvo.Emulator.Tests.Support;

namespace Polvo.Emulator.Tests.Charges;

public class ChargeEndpointsTests : EmulatorTest
{
    [Fact]
    public async Task Create_TokVisa_SucceedsWithStripeShape()
    {
        var fixture = Fixtures.Load("charge.json");

        var response = await Client.PostAsync("/v1/charges", ("amount", "2000"), ("currency", "USD"), ("source", "tok_visa"), ("description", "Tea"));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Matches("^ch_[A-Za-z0-9]{24}$", response.Id);
        var missing = Fixtures.Keys(fixture).Except(Fixtures.Keys(response.Json)).ToArray();
        Assert.Empty(missing);
        var c = response.Json;
        Assert.Equal("charge", c.GetProperty("object").GetString());
        Assert.Equal(2000, c.GetProperty("amount").GetInt64());
        Assert.Equal(2000, c.GetProperty("amount_captured").GetInt64());
        Assert.Equal("usd", c.GetProperty("currency").GetString());
        Assert.Equal("succeeded", c.GetProperty("status").GetString());
        Assert.True(c.GetProperty("paid").GetBoolean());
        Assert.True(c.GetProperty("captured").GetBoolean());
        Assert.Equal("4242", c.GetProperty("payment_method_details").GetProperty("card").GetProperty("last4").GetString());
        Assert.Equal(JsonValueKind.Null, c.GetProperty("customer").ValueKind);
        Assert.Equal("Tea", c.GetProperty("description").GetString());
        Assert.Equal("list", c.GetProperty("refunds").GetProperty("object").GetString());
    }

    [Fact]
    public async Task Create_CustomerOnly_SucceedsLinkedToCustomer()
    {
        var customer = await Client.CreateCustomerAsync();

        var response = await Client.PostAsync("/v1/charges", ("amount", "500"), ("currency", "eur"), ("customer", customer), ("capture", "false"));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(customer, response.Str("customer"));
        Assert.False(response.Json.GetProperty("captured").GetBoolean());
        Assert.Equal(0, response.Json.GetProperty("amount_captured").GetInt64());
    }

    [Theory]
    [InlineData("tok_chargeDeclined", "card_declined", "generic_decline", "Your card was declined.")]
    [InlineData("tok_chargeDeclinedInsufficientFunds", "card_declined", "insufficient_funds", "Your card has insufficient funds.")]
    public async Task Create_DeclinedToken_Returns402CardErrorWithFailedCharge(string token, string code, string decline, string message)
    {
        var response = await Client.PostAsync("/v1/charges", ("amount", "1000"), ("currency", "usd"), ("source", token));

        Assert.Equal(HttpStatusCode.PaymentRequired, response.Status);
        var error = response.Error;
        Assert.Equal("card_error", error.GetProperty("type").GetString());
        Assert.Equal(code, error.GetProperty("code").GetString());
        Assert.Equal(decline, error.GetProperty("decline_code").GetString());
        Assert.Equal(message, error.GetProperty("message").GetString());
        var failed = await Client.GetAsync($"/v1/charges/{error.GetProperty("charge").GetString()}");
        Assert.Equal("failed", failed.Str("status"));
        Assert.False(failed.Json.GetProperty("paid").GetBoolean());
    }

    [Theory]
    [InlineData(new[] { "currency", "usd", "source", "tok_visa" }, "amount", "Missing required param: amount.")]
    [InlineData(new[] { "amount", "100", "source", "tok_visa" }, "currency", "Missing required param: currency.")]
    [InlineData(new[] { "amount", "49", "currency", "usd", "source", "tok_visa" }, "amount", null)]
    [InlineData(new[] { "amount", "100", "currency", "usd" }, "source", "Must provide source or customer.")]
    [InlineData(new[] { "amount", "100", "currency", "usd", "source", "tok_nonsense" }, "source", "No such token: 'tok_nonsense'")]
    [InlineData(new[] { "amount", "100", "currency", "usd", "customer", "cus_nobody" }, "customer", "No such customer: 'cus_nobody'")]
    [InlineData(new[] { "amount", "100", "currency", "dollars", "source", "tok_visa" }, "currency", null)]
    [InlineData(new[] { "amount", "ten", "currency", "usd", "source", "tok_visa" }, "amount", "Invalid integer: ten")]
    public async Task Create_InvalidRequest_Returns400NamingParamAndCreatesNothing(string[] form, string param, string? message)
    {
        var pairs = form.Chunk(2).Select(p => (p[0], p[1])).ToArray();

        var response = await Client.PostAsync("/v1/charges", pairs);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(param, response.Error.GetProperty("param").GetString());
        if (message is not null) Assert.Equal(message, response.Error.GetProperty("message").GetString());
        Assert.Equal(0, Emulator.ChargeCount);
    }

    [Fact]
    public async Task Create_AmountBelowMinimum_UsesAmountTooSmallCode()
    {
        var response = await Client.PostAsync("/v1/charges", ("amount", "49"), ("currency", "usd"), ("source", "tok_visa"));

        Assert.Equal("amount_too_small", response.Error.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Update_AllowedFields_AreStored()
    {
        var id = (await Client.PostAsync("/v1/charges", ("amount", "100"), ("currency", "usd"), ("source", "tok_visa"), ("metadata[a]", "1"))).Id;

        var updated = await Client.PostAsync($"/v1/charges/{id}",
            ("description", "Updated"), ("metadata[b]", "2"), ("receipt_email", "r@example.com"), ("fraud_details[user_report]", "safe"),
            ("transfer_group", "group_1"), ("shipping[name]", "Ana"), ("shipping[address][line1]", "Rua 1"), ("shipping[carrier]", "CTT"));
        var fetched = await Client.GetAsync($"/v1/charges/{id}");

        Assert.Equal(HttpStatusCode.OK, updated.Status);
        Assert.Equal(updated.Json.GetRawText(), fetched.Json.GetRawText());
        var c = fetched.Json;
        Assert.Equal("Updated", c.GetProperty("description").GetString());
        Assert.Equal("1", c.GetProperty("metadata").GetProperty("a").GetString());
        Assert.Equal("2", c.GetProperty("metadata").GetProperty("b").GetString());
        Assert.Equal("r@example.com", c.GetProperty("receipt_email").GetString());
        Assert.Equal("safe", c.GetProperty("fraud_details").GetProperty("user_report").GetString());
        Assert.Equal("group_1", c.GetProperty("transfer_group").GetString());
        Assert.Equal("CTT", c.GetProperty("shipping").GetProperty("carrier").GetString());
        Assert.Equal(100, c.GetProperty("amount").GetInt64());
    }

    [Fact]
    public async Task Update_AmountIsNotUpdatable_Returns400()
    {
        var id = (await Client.PostAsync("/v1/charges", ("amount", "100"), ("currency", "usd"), ("source", "tok_visa"))).Id;

        var response = await Client.PostAsync($"/v1/charges/{id}", ("amount", "5000"));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("amount", response.Error.GetProperty("param").GetString());
    }

    [Fact]
    public async Task Retrieve_ExpandCustomer_EmbedsCustomerObject()
    {
        var customer = await Client.CreateCustomerAsync(("email", "x@example.com"));
        var id = (await Client.PostAsync("/v1/charges", ("amount", "100"), ("currency", "usd"), ("customer", customer))).Id;

        var plain = await Client.GetAsync($"/v1/charges/{id}");
        var expanded = await Client.GetAsync($"/v1/charges/{id}?expand[]=customer");

        Assert.Equal(customer, plain.Str("customer"));
        Assert.Equal(customer, expanded.Json.GetProperty("customer").GetProperty("id").GetString());
        Assert.Equal("x@example.com", expanded.Json.GetProperty("customer").GetProperty("email").GetString());
    }

    [Fact]
    public async Task Retrieve_ExpandDeletedCustomer_EmbedsDeletedStub()
    {
        var customer = await Client.CreateCustomerAsync();
        var id = (await Client.PostAsync("/v1/charges", ("amount", "100"), ("currency", "usd"), ("customer", customer))).Id;
        await Client.DeleteAsync($"/v1/customers/{customer}");

        var expanded = await Client.GetAsync($"/v1/charges/{id}?expand[0]=customer");

        Assert.True(expanded.Json.GetProperty("customer").GetProperty("deleted").GetBoolean());
    }

    [Theory]
    [InlineData("expand[]=customer")]
    [InlineData("expand[]=data.customer")]
    public async Task List_CustomerFilterAndExpand_ReturnsThatCustomersChargesExpanded(string expand)
    {
        var alice = await Client.CreateCustomerAsync(("name", "Alice"));
        var bob = await Client.CreateCustomerAsync(("name", "Bob"));
        var aliceCharges = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            aliceCharges.Add((await Client.PostAsync("/v1/charges", ("amount", "100"), ("currency", "usd"), ("customer", alice))).Id);
            await Client.PostAsync("/v1/charges", ("amount", "100"), ("currency", "usd"), ("customer", bob));
        }

        var page = await Client.GetAsync($"/v1/charges?customer={alice}&{expand}");

        Assert.Equal(Enumerable.Reverse(aliceCharges), page.DataIds);
        Assert.All(page.Json.GetProperty("data").EnumerateArray(), c => Assert.Equal("Alice", c.GetProperty("customer").GetProperty("name").GetString()));
        Assert.Equal("/v1/charges", page.Str("url"));
    }

    [Fact]
    public async Task List_CustomerFilterWithPaging_IsExact()
    {
        var alice = await Client.CreateCustomerAsync();
        var expected = new List<string>();
        for (var i = 0; i < 7; i++)
        {
            expected.Insert(0, (await Client.PostAsync("/v1/charges", ("amount", "100"), ("currency", "usd"), ("customer", alice))).Id);
            await Client.PostAsync("/v1/charges", ("amount", "100"), ("currency", "usd"), ("source", "tok_visa"));
        }

        var first = await Client.GetAsync($"/v1/charges?customer={alice}&limit=4");
        var second = await Client.GetAsync($"/v1/charges?customer={alice}&limit=4&starting_after={first.DataIds[^1]}");

        Assert.True(first.HasMore);
        Assert.False(second.HasMore);
        Assert.Equal(expected, first.DataIds.Concat(second.DataIds));
    }
}
