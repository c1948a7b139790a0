using Polvo.Stripe;
using Polvo.Stripe.Configuration;
using Polvo.Stripe.Errors;

namespace Polvo.Core.Tests.Stripe.Configuration;

public class StripeClientSettingsTests
{
    private static readonly Func<string, string?> NoEnvironment = _ => null;

    [Fact]
    public void Create_BaseUrlWithoutTrailingSlash_AddsIt()
    {
        var settings = StripeClientSettings.Create(new StripeClientOptions { ApiKey = "sk_test_1", BaseUrl = new Uri("http://127.0.0.1:12111/stripe") }, NoEnvironment);
        Assert.Equal("http://127.0.0.1:12111/stripe/", settings.BaseUrl.AbsoluteUri);
    }

    [Fact]
    public void Create_RelativeBaseUrl_ThrowsNamingOption()
    {
        var error = Assert.Throws<StripeConfigurationException>(() =>
            StripeClientSettings.Create(new StripeClientOptions { ApiKey = "sk_test_1", BaseUrl = new Uri("/v1", UriKind.Relative) }, NoEnvironment));
        Assert.Contains("StripeClientOptions.BaseUrl", error.Message);
    }

    [Fact]
    public void Create_NonPositiveTimeout_ThrowsNamingOption() =>
        Assert.Contains("StripeClientOptions.Timeout", Assert.Throws<StripeConfigurationException>(() =>
            StripeClientSettings.Create(new StripeClientOptions { ApiKey = "sk_test_1", Timeout = TimeSpan.Zero }, NoEnvironment)).Message);

    [Fact]
    public void Create_EmptyVersion_ThrowsNamingOption() =>
        Assert.Contains("StripeClientOptions.StripeVersion", Assert.Throws<StripeConfigurationException>(() =>
            StripeClientSettings.Create(new StripeClientOptions { ApiKey = "sk_test_1", StripeVersion = " " }, NoEnvironment)).Message);

    [Fact]
    public void StripeClient_KeyFromEnvironment_ExposesRedactedKeyOnly()
    {
        using var client = new StripeClient(null, null, null, name => name == "STRIPE_API_KEY" ? "sk_live_EnvSecret99" : null);
        Assert.Equal(StripeApiKeyMode.Live, client.ApiKey.Mode);
        Assert.DoesNotContain("EnvSecret99", client.ToString());
        Assert.DoesNotContain("EnvSecret99", client.ApiKey.ToString());
        Assert.Equal(new Uri("https://api.stripe.com/"), client.BaseUrl);
    }
}
