namespace Polvo.Stripe.Configuration;

/// <summary>Whether a Stripe API key works on test data or on live data.</summary>
public enum StripeApiKeyMode
{
    /// <summary>A test-mode key (<c>sk_test_</c>, <c>rk_test_</c>).</summary>
    Test,

    /// <summary>A live-mode key (<c>sk_live_</c>, <c>rk_live_</c>).</summary>
    Live,
}
