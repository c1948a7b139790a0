using Polvo.Stripe.Configuration;
using Polvo.Stripe.Errors;

namespace Polvo.Core.Tests.Stripe.Configuration;

public class StripeApiKeyTests
{
    private const string Secret = "sk_test_51HxSecretValue0123456789";

    [Theory]
    [InlineData("sk_test_abc", StripeApiKeyMode.Test, false)]
    [InlineData("sk_live_abc", StripeApiKeyMode.Live, false)]
    [InlineData("rk_test_abc", StripeApiKeyMode.Test, true)]
    [InlineData("rk_live_abc", StripeApiKeyMode.Live, true)]
    public void Constructor_KnownPrefix_ClassifiesModeAndRestriction(string secret, StripeApiKeyMode mode, bool restricted)
    {
        var key = new StripeApiKey(secret);
        Assert.Equal(mode, key.Mode);
        Assert.Equal(restricted, key.IsRestricted);
    }

    [Fact]
    public void ToString_Always_IsRedactedPrefix()
    {
        var key = new StripeApiKey(Secret);
        Assert.Equal("sk_test_…(redacted)", key.ToString());
        Assert.Equal("sk_test_…(redacted)", $"{key}");
    }

    [Fact]
    public void Fingerprint_SameKey_IsStableShortHexWithoutTheSecret()
    {
        var first = new StripeApiKey(Secret).Fingerprint;
        Assert.Equal(first, new StripeApiKey(Secret).Fingerprint);
        Assert.Matches("^[0-9a-f]{12}$", first);
        Assert.DoesNotContain("Secret", first);
    }

    [Fact]
    public void Fingerprint_DifferentKeys_Differ() =>
        Assert.NotEqual(new StripeApiKey("sk_test_a").Fingerprint, new StripeApiKey("sk_test_b").Fingerprint);

    [Fact]
    public void Equals_SameSecret_IsTrueAndDifferentIsFalse()
    {
        Assert.Equal(new StripeApiKey(Secret), new StripeApiKey(Secret));
        Assert.NotEqual(new StripeApiKey(Secret), new StripeApiKey("sk_test_other"));
    }

    [Theory]
    [InlineData("pk_test_PublishableSecretish")]
    [InlineData("whsec_NotAnApiKeySecretish")]
    [InlineData("sk_test_")]
    public void Constructor_NotASecretKey_ThrowsWithoutEchoingTheKey(string secret)
    {
        var error = Assert.Throws<StripeConfigurationException>(() => new StripeApiKey(secret));
        Assert.DoesNotContain("Secretish", error.Message);
        Assert.Contains("sk_test_, sk_live_, rk_test_ or rk_live_", error.Message); // where the key came from is the caller's to say
    }

    [Fact]
    public void Constructor_PublishableKey_SaysSo() =>
        Assert.Contains("publishable", Assert.Throws<StripeConfigurationException>(() => new StripeApiKey("pk_test_1")).Message);

    [Fact]
    public void Constructor_WhiteSpaceInside_ThrowsWithoutEchoingTheKey()
    {
        var error = Assert.Throws<StripeConfigurationException>(() => new StripeApiKey("sk_test_abc def"));
        Assert.DoesNotContain("abc", error.Message);
    }

    [Fact]
    public void RedactFrom_TextContainingKey_ReplacesEveryOccurrence()
    {
        var key = new StripeApiKey(Secret);
        var text = key.RedactFrom($"Invalid API Key provided: {Secret}; again {Secret}");
        Assert.DoesNotContain(Secret, text);
        Assert.Equal("Invalid API Key provided: sk_test_…(redacted); again sk_test_…(redacted)", text);
    }
}
