using System.Net;
using Polvo.Emulator.Tests.Support;

namespace Polvo.Emulator.Tests.Http;

public class ErrorEnvelopeTests : EmulatorTest
{
    [Theory]
    [InlineData("GET", "/v1/issuing/cards", "Unrecognized request URL (GET: /v1/issuing/cards)")]
    [InlineData("DELETE", "/v1/prices/price_123", "Unrecognized request URL (DELETE: /v1/prices/price_123)")]
    [InlineData("DELETE", "/v1/charges/ch_123", "Unrecognized request URL (DELETE: /v1/charges/ch_123)")]
    [InlineData("GET", "/", "Unrecognized request URL (GET: /)")]
    public async Task UnknownPath_AnyMethod_Returns404Envelope(string method, string path, string expected)
    {
        var response = await Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        Assert.Equal(HttpStatusCode.NotFound, response.Status);
        Assert.Equal("invalid_request_error", response.Error.GetProperty("type").GetString());
        Assert.StartsWith(expected, response.Error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/v1/customers/cus_doesnotexist", "No such customer: 'cus_doesnotexist'")]
    [InlineData("/v1/charges/ch_doesnotexist", "No such charge: 'ch_doesnotexist'")]
    public async Task Retrieve_MissingObject_Returns404ResourceMissing(string path, string message)
    {
        var response = await Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.Status);
        Assert.Equal("resource_missing", response.Error.GetProperty("code").GetString());
        Assert.Equal("id", response.Error.GetProperty("param").GetString());
        Assert.Equal(message, response.Error.GetProperty("message").GetString());
        Assert.Equal("https://stripe.com/docs/error-codes/resource-missing", response.Error.GetProperty("doc_url").GetString());
    }

    [Fact]
    public async Task Post_UnknownParameter_Returns400NamingIt()
    {
        var response = await Client.PostAsync("/v1/customers", ("email", "a@example.com"), ("colour", "blue"));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("Received unknown parameter: colour", response.Error.GetProperty("message").GetString());
        Assert.Equal("colour", response.Error.GetProperty("param").GetString());
        Assert.Equal(0, Emulator.CustomerCount);
    }

    [Fact]
    public async Task Post_UnknownNestedParameter_NamesTheFullPath()
    {
        var response = await Client.PostAsync("/v1/customers", ("address[city]", "Porto"), ("address[planet]", "Earth"));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("address[planet]", response.Error.GetProperty("param").GetString());
        Assert.Equal("Received unknown parameter: address[planet]", response.Error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task List_LimitNotAnInteger_Returns400NamingLimit()
    {
        var response = await Client.GetAsync("/v1/customers?limit=abc");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("limit", response.Error.GetProperty("param").GetString());
        Assert.Equal("Invalid integer: abc", response.Error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Post_JsonBody_Returns400ExplainingFormEncoding()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/v1/customers") { Content = new StringContent("{\"email\":\"a@b.c\"}", System.Text.Encoding.UTF8, "application/json") };

        var response = await Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains("application/x-www-form-urlencoded", response.Error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_BooleanNotTrueOrFalse_Returns400NamingParam()
    {
        var response = await Client.PostAsync("/v1/charges", ("amount", "100"), ("currency", "usd"), ("source", "tok_visa"), ("capture", "yes"));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("capture", response.Error.GetProperty("param").GetString());
    }

    [Fact]
    public async Task Retrieve_UnexpandableProperty_Returns400()
    {
        var id = await Client.CreateCustomerAsync();

        var response = await Client.GetAsync($"/v1/customers/{id}?expand[]=balance");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("This property cannot be expanded (balance).", response.Error.GetProperty("message").GetString());
    }
}
