using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Polvo.Emulator.Tests.Support;

namespace Polvo.Emulator.Tests.Http;

public class AuthTests : EmulatorTest
{
    [Fact]
    public async Task Request_NoAuthorization_Returns401Envelope()
    {
        using var client = new ApiClient(Emulator, key: null);

        var response = await client.GetAsync("/v1/customers");

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Equal("invalid_request_error", response.Error.GetProperty("type").GetString());
        Assert.StartsWith("You did not provide an API key.", response.Error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.NotNull(response.Header("Request-Id"));
    }

    [Fact]
    public async Task Request_InvalidKey_Returns401WithMaskedKeyOnly()
    {
        const string badKey = "sk_test_abc$defghijklmnopWXYZ";
        using var client = new ApiClient(Emulator, key: badKey);

        var response = await client.GetAsync("/v1/customers");

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        var message = response.Error.GetProperty("message").GetString()!;
        Assert.Equal("Invalid API Key provided: sk_test_****WXYZ", message);
        Assert.DoesNotContain("abc$def", response.Json.GetRawText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("pk_test_1234567890")]
    [InlineData("sk_test_")]
    [InlineData("hello")]
    public async Task Request_NotASecretOrRestrictedKey_Returns401(string key)
    {
        using var client = new ApiClient(Emulator, key);

        var response = await client.GetAsync("/v1/customers");

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.DoesNotContain(key.Length > 8 ? key : "\0", response.Json.GetRawText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sk_test_123")]
    [InlineData("sk_live_123")]
    [InlineData("rk_test_123")]
    public async Task Request_BearerKey_IsAccepted(string key)
    {
        using var client = new ApiClient(Emulator, key);

        var response = await client.GetAsync("/v1/customers");

        Assert.Equal(HttpStatusCode.OK, response.Status);
    }

    [Fact]
    public async Task Request_BasicAuthWithKeyAsUser_IsAccepted()
    {
        using var client = new ApiClient(Emulator, key: null);
        client.Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("sk_test_123:")));

        var response = await client.GetAsync("/v1/customers");

        Assert.Equal(HttpStatusCode.OK, response.Status);
    }

    [Fact]
    public async Task Request_UnknownScheme_Returns401()
    {
        using var client = new ApiClient(Emulator, key: null);
        client.Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Token", "sk_test_123");

        var response = await client.GetAsync("/v1/customers");

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Equal("Basic realm=\"Stripe\"", response.Headers.WwwAuthenticate.ToString());
    }

    [Fact]
    public async Task Post_RestrictedKey_Returns403PermissionErrorAndCreatesNothing()
    {
        using var client = new ApiClient(Emulator, "rk_test_abcdefghijklmnop1234");

        var response = await client.PostAsync("/v1/customers", ("email", "a@example.com"));

        Assert.Equal(HttpStatusCode.Forbidden, response.Status);
        Assert.Equal("permission_error", response.Error.GetProperty("type").GetString());
        Assert.Contains("rk_test_****1234", response.Error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, Emulator.CustomerCount);
    }

    [Fact]
    public async Task Delete_RestrictedKey_Returns403()
    {
        using var writer = new ApiClient(Emulator);
        using var reader = new ApiClient(Emulator, "rk_test_123");
        var id = await writer.CreateCustomerAsync();

        var response = await reader.DeleteAsync($"/v1/customers/{id}");

        Assert.Equal(HttpStatusCode.Forbidden, response.Status);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync($"/v1/customers/{id}")).Status);
    }
}
