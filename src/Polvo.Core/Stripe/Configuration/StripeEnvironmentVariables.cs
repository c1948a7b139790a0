namespace Polvo.Stripe.Configuration;

/// <summary>The environment variables that configure a <see cref="StripeClient"/> when options leave a value unset.</summary>
public static class StripeEnvironmentVariables
{
    /// <summary>The API key Polvo reads first: <c>POLVO_STRIPE_API_KEY</c>.</summary>
    public const string ApiKey = "POLVO_STRIPE_API_KEY";

    /// <summary>The API key Polvo reads when <see cref="ApiKey"/> is unset: <c>STRIPE_API_KEY</c>.</summary>
    public const string FallbackApiKey = "STRIPE_API_KEY";

    /// <summary>The base URL (for example the local emulator): <c>POLVO_STRIPE_BASE_URL</c>.</summary>
    public const string BaseUrl = "POLVO_STRIPE_BASE_URL";
}
