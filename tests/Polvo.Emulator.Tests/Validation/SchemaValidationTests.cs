using System.Net;
using Polvo.Emulator.Tests.Support;

namespace Polvo.Emulator.Tests.Validation;

public class SchemaValidationTests : EmulatorTest
{
    [Theory]
    [InlineData("/v1/customers", "shipping[carrier]", "x", "shipping[carrier]")]
    [InlineData("/v1/payment_intents", "shipping[address][town]", "x", "shipping[address][town]")]
    [InlineData("/v1/products", "colour", "red", "colour")]
    [InlineData("/v1/subscriptions", "items[0][pricee]", "x", "items[0][pricee]")]
    public async Task UnknownParameter_AtAnyDepth_IsNamedWithItsPath(string path, string key, string value, string param)
    {
        var response = await Client.PostAsync(path, (key, value));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("invalid_request_error", response.Error.GetProperty("type").GetString());
        Assert.Equal("parameter_unknown", response.Error.GetProperty("code").GetString());
        Assert.Equal(param, response.Error.GetProperty("param").GetString());
        Assert.Equal($"Received unknown parameter: {param}", response.Error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task ValueOutsideEnum_NamesTheAllowedValues()
    {
        var product = await ResourceSetups.Ok(Client.PostAsync("/v1/products", ("name", "P")));

        var response = await Client.PostAsync("/v1/prices", ("currency", "usd"), ("product", product), ("unit_amount", "100"), ("recurring[interval]", "fortnight"));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("recurring[interval]", response.Error.GetProperty("param").GetString());
        Assert.Equal("Invalid recurring[interval]: must be one of day, month, week, or year", response.Error.GetProperty("message").GetString());
    }

    [Theory]
    [InlineData("amount", "12.5", "parameter_invalid_integer", "Invalid integer: 12.5")]
    [InlineData("confirm", "yes", null, "Invalid boolean: yes")]
    [InlineData("metadata", "flat", "parameter_invalid_object", null)]
    public async Task WrongType_IsRefusedWithTheParameter(string key, string value, string? code, string? message)
    {
        var form = new List<(string, string)> { ("amount", "1000"), ("currency", "usd") };
        form.RemoveAll(p => p.Item1 == key);
        form.Add((key, value));

        var response = await Client.PostAsync("/v1/payment_intents", [.. form]);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(key, response.Error.GetProperty("param").GetString());
        if (code is not null) Assert.Equal(code, response.Error.GetProperty("code").GetString());
        if (message is not null) Assert.Equal(message, response.Error.GetProperty("message").GetString());
    }

    [Theory]
    [InlineData("/v1/payment_intents", "amount", "currency", "usd")]
    [InlineData("/v1/webhook_endpoints", "enabled_events", "url", "http://127.0.0.1:9/")]
    [InlineData("/v1/tax_rates", "display_name", "percentage", "5")]
    public async Task MissingRequired_IsParameterMissing(string path, string param, string otherKey, string otherValue)
    {
        var response = await Client.PostAsync(path, (otherKey, otherValue));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("parameter_missing", response.Error.GetProperty("code").GetString());
        Assert.Equal(param, response.Error.GetProperty("param").GetString());
    }

    [Fact]
    public async Task MissingRequiredNested_NamesTheNestedPath()
    {
        var response = await Client.PostAsync("/v1/products", ("name", "Box"), ("package_dimensions[height]", "1"));

        Assert.Equal("parameter_missing", response.Error.GetProperty("code").GetString());
        Assert.Equal("package_dimensions[length]", response.Error.GetProperty("param").GetString());
    }

    [Fact]
    public async Task ListQuery_IsCheckedToo()
    {
        var unknown = await Client.GetAsync("/v1/invoices?colour=red");
        var badLimit = await Client.GetAsync("/v1/invoices?limit=ten");
        var tooMany = await Client.GetAsync("/v1/invoices?limit=101");

        Assert.Equal("parameter_unknown", unknown.Error.GetProperty("code").GetString());
        Assert.Equal("parameter_invalid_integer", badLimit.Error.GetProperty("code").GetString());
        Assert.Equal("limit", tooMany.Error.GetProperty("param").GetString());
    }

    [Fact]
    public async Task Customer_ParametersStripeAccepts_AreAccepted()
    {
        var created = await Client.PostAsync("/v1/customers", ("email", "t@example.com"), ("tax[ip_address]", "203.0.113.7"), ("expand[]", "subscriptions"));
        var withClock = await Client.PostAsync("/v1/customers", ("test_clock", "clock_123"));

        Assert.Equal(HttpStatusCode.OK, created.Status);
        Assert.Equal("list", created.Json.GetProperty("subscriptions").GetProperty("object").GetString());
        Assert.Equal(HttpStatusCode.OK, withClock.Status);
    }

    [Fact]
    public async Task Refused_Request_ChangesNothing()
    {
        await Client.PostAsync("/v1/products", ("name", "X"), ("colour", "red"));

        var list = await Client.GetAsync("/v1/products");

        Assert.Empty(list.DataIds);
    }
}
