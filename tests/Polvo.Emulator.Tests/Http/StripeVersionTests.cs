using System.Net;
using Polvo.Emulator.Tests.Support;

namespace Polvo.Emulator.Tests.Http;

public class StripeVersionTests : EmulatorTest
{
    [Theory]
    [InlineData("1999-01-01.bogus")]
    [InlineData("2020-13-45")]
    [InlineData("latest")]
    [InlineData("2020-08-27.acacia")]
    [InlineData("2026-10-28.Endive!")]
    [InlineData("2026-10-28.")]
    public async Task MalformedVersion_Is400(string version)
    {
        var response = await ListCustomersAsync(version);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("invalid_request_error", response.Error.GetProperty("type").GetString());
        Assert.StartsWith($"Invalid Stripe API version: {version}", response.Error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2020-08-27")]
    [InlineData("2022-11-15")]
    [InlineData("2024-09-30.acacia")]
    [InlineData("2026-10-28.endive")]
    public async Task WellFormedVersion_IsAcceptedAndTheHeaderNamesTheRenderedVersion(string version)
    {
        var response = await ListCustomersAsync(version);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("2020-08-27", response.Header("Stripe-Version"));
    }

    private Task<ApiResponse> ListCustomersAsync(string version)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/v1/customers");
        request.Headers.Add("Stripe-Version", version);
        return Client.SendAsync(request);
    }
}
