using Polvo.PowerShell.Errors;
using Polvo.PowerShell.Stripe.Connections;
using Polvo.Stripe.Configuration;

namespace Polvo.PowerShell.Tests.Stripe.Connections;

public class ConnectionFactoryTests
{
    private const string Secret = "sk_live_FactorySecret123";

    [Fact]
    public void Create_NoKeyAnywhere_ThrowsOneNotConnectedErrorNamingTheFix()
    {
        var factory = new ConnectionFactory(_ => null);

        var error = Assert.Throws<PolvoTerminatingException>(() => factory.Create(new ConnectionSettings())).Error;

        Assert.Equal("PolvoStripeNotConnected", error.ErrorId);
        Assert.Equal(PolvoErrorCategory.AuthenticationError, error.Category);
        Assert.Contains("Connect-PolvoStripe", error.Message);
        Assert.Contains("POLVO_STRIPE_API_KEY", error.Message);
        Assert.Contains("STRIPE_API_KEY", error.Message.Replace("POLVO_STRIPE_API_KEY", string.Empty));
    }

    [Fact]
    public void Create_BothVariablesSet_PrefersPolvoVariable()
    {
        var environment = new Dictionary<string, string?> { ["POLVO_STRIPE_API_KEY"] = "sk_test_Polvo1", ["STRIPE_API_KEY"] = "sk_live_Other1" };

        var connection = new ConnectionFactory(n => environment.GetValueOrDefault(n)).Create(new ConnectionSettings());

        Assert.Equal("POLVO_STRIPE_API_KEY", connection.Source);
        Assert.Equal(StripeApiKeyMode.Test, connection.Mode);
        Assert.Equal(new Uri("https://api.stripe.com/"), connection.BaseUrl);
    }

    [Fact]
    public void Create_ExplicitKey_WinsOverEnvironmentAndKeepsSettings()
    {
        var factory = new ConnectionFactory(n => n == "STRIPE_API_KEY" ? "sk_test_Env1" : null);

        var connection = factory.Create(new ConnectionSettings { ApiKey = Secret, ApiKeySource = "Credential", BaseUrl = "http://127.0.0.1:12111", StripeAccount = "acct_1" });

        Assert.Equal("Credential", connection.Source);
        Assert.Equal(StripeApiKeyMode.Live, connection.Mode);
        Assert.Equal("acct_1", connection.StripeAccount);
        Assert.Equal(new Uri("http://127.0.0.1:12111/"), connection.BaseUrl);
    }

    [Fact]
    public void Create_BadBaseUrlVariable_ThrowsNamingTheVariable()
    {
        var factory = new ConnectionFactory(n => n == "POLVO_STRIPE_BASE_URL" ? "ftp://nope" : null);

        var error = Assert.Throws<PolvoTerminatingException>(() => factory.Create(new ConnectionSettings { ApiKey = Secret })).Error;

        Assert.Equal("PolvoStripeInvalidBaseUrl", error.ErrorId);
        Assert.Contains("POLVO_STRIPE_BASE_URL", error.Message);
    }

    [Fact]
    public void Create_PublishableKey_ThrowsInvalidKeyWithoutTheKey()
    {
        const string publishable = "pk_test_Publishable987";

        var error = Assert.Throws<PolvoTerminatingException>(() => new ConnectionFactory(_ => null).Create(new ConnectionSettings { ApiKey = publishable })).Error;

        Assert.Equal("PolvoStripeInvalidKey", error.ErrorId);
        Assert.Equal(PolvoErrorCategory.InvalidArgument, error.Category);
        Assert.DoesNotContain(publishable, error.Message + error.RecommendedAction);
    }

    [Fact]
    public void Connection_Display_NeverShowsTheKey()
    {
        var connection = new ConnectionFactory(_ => null).Create(new ConnectionSettings { ApiKey = Secret });

        string[] shown = [connection.ToString(), connection.RedactedKey, connection.KeyFingerprint, connection.Source, connection.BaseUrl.ToString()];

        Assert.All(shown, text => Assert.DoesNotContain(Secret, text));
        Assert.All(shown, text => Assert.DoesNotContain("FactorySecret", text));
        Assert.Equal("sk_live_…(redacted)", connection.RedactedKey);
        Assert.Matches("^[0-9a-f]{12}$", connection.KeyFingerprint);
        Assert.Contains(connection.KeyFingerprint, connection.ToString());
    }
}
