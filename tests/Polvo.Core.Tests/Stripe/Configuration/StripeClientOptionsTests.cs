using Polvo.Stripe;
using Polvo.Stripe.Configuration;
using Polvo.Stripe.Errors;

namespace Polvo.Core.Tests.Stripe.Configuration;

public class StripeClientOptionsTests
{
    private static Func<string, string?> Environment(params (string Name, string Value)[] variables) =>
        name => variables.FirstOrDefault(v => v.Name == name).Value;

    [Fact]
    public void FromEnvironment_KeyInOptionAndVariables_OptionWins()
    {
        var resolved = StripeClientOptions.FromEnvironment(
            new StripeClientOptions { ApiKey = "sk_test_option" },
            Environment(("POLVO_STRIPE_API_KEY", "sk_test_polvo"), ("STRIPE_API_KEY", "sk_test_stripe")));
        Assert.Equal("sk_test_option", resolved.ApiKey);
    }

    [Fact]
    public void FromEnvironment_BothVariables_PolvoVariableWins()
    {
        var resolved = StripeClientOptions.FromEnvironment(
            null, Environment(("POLVO_STRIPE_API_KEY", "sk_test_polvo"), ("STRIPE_API_KEY", "sk_test_stripe")));
        Assert.Equal("sk_test_polvo", resolved.ApiKey);
    }

    [Fact]
    public void FromEnvironment_OnlyStripeVariable_UsesIt()
    {
        var resolved = StripeClientOptions.FromEnvironment(null, Environment(("STRIPE_API_KEY", "sk_test_stripe")));
        Assert.Equal("sk_test_stripe", resolved.ApiKey);
    }

    [Fact]
    public void FromEnvironment_EmptyPolvoVariable_FallsBackToStripeVariable()
    {
        var resolved = StripeClientOptions.FromEnvironment(null, Environment(("POLVO_STRIPE_API_KEY", " "), ("STRIPE_API_KEY", "sk_test_stripe")));
        Assert.Equal("sk_test_stripe", resolved.ApiKey);
    }

    [Fact]
    public void FromEnvironment_NoKeyAnywhere_ThrowsNamingOptionAndBothVariables()
    {
        var error = Assert.Throws<StripeConfigurationException>(() => StripeClientOptions.FromEnvironment(null, Environment()));
        Assert.Contains("StripeClientOptions.ApiKey", error.Message);
        Assert.Contains("POLVO_STRIPE_API_KEY", error.Message);
        Assert.Contains("STRIPE_API_KEY", error.Message.Replace("POLVO_STRIPE_API_KEY", string.Empty));
    }

    [Fact]
    public void FromEnvironment_BaseUrlInOption_OptionWins()
    {
        var resolved = StripeClientOptions.FromEnvironment(
            new StripeClientOptions { ApiKey = "sk_test_1", BaseUrl = new Uri("http://127.0.0.1:1/") },
            Environment(("POLVO_STRIPE_BASE_URL", "http://127.0.0.1:2/")));
        Assert.Equal(new Uri("http://127.0.0.1:1/"), resolved.BaseUrl);
    }

    [Fact]
    public void FromEnvironment_BaseUrlVariable_IsUsed()
    {
        var resolved = StripeClientOptions.FromEnvironment(new StripeClientOptions { ApiKey = "sk_test_1" }, Environment(("POLVO_STRIPE_BASE_URL", "http://127.0.0.1:12111")));
        Assert.Equal(new Uri("http://127.0.0.1:12111/"), resolved.BaseUrl);
    }

    [Fact]
    public void FromEnvironment_NoBaseUrl_DefaultsToStripe()
    {
        var resolved = StripeClientOptions.FromEnvironment(new StripeClientOptions { ApiKey = "sk_test_1" }, Environment());
        Assert.Equal(new Uri("https://api.stripe.com/"), resolved.BaseUrl);
    }

    [Fact]
    public void FromEnvironment_BaseUrlVariableNotAUrl_ThrowsNamingVariable()
    {
        var error = Assert.Throws<StripeConfigurationException>(() =>
            StripeClientOptions.FromEnvironment(new StripeClientOptions { ApiKey = "sk_test_1" }, Environment(("POLVO_STRIPE_BASE_URL", "ftp://x"))));
        Assert.Contains("POLVO_STRIPE_BASE_URL", error.Message);
    }

    [Fact]
    public void FromEnvironment_DoesNotChangeTheGivenOptions()
    {
        var options = new StripeClientOptions();
        StripeClientOptions.FromEnvironment(options, Environment(("STRIPE_API_KEY", "sk_test_stripe")));
        Assert.Null(options.ApiKey);
        Assert.Null(options.BaseUrl);
    }

    [Fact]
    public void StripeVersion_Default_IsTheSpecVersion()
    {
        Assert.Equal("2020-08-27", StripeClientOptions.DefaultApiVersion);
        Assert.Equal("2020-08-27", new StripeClientOptions().StripeVersion);
    }

    [Fact]
    public void ToString_WithKey_IsRedacted()
    {
        var text = new StripeClientOptions { ApiKey = "sk_test_SuperSecret123" }.ToString();
        Assert.DoesNotContain("SuperSecret123", text);
        Assert.Contains("sk_test_…(redacted)", text);
    }
}
