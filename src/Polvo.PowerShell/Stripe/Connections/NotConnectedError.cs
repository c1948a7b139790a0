using Polvo.PowerShell.Errors;
using Polvo.Stripe.Configuration;

namespace Polvo.PowerShell.Stripe.Connections;

/// <summary>The one terminating error of a data cmdlet run with no connection and no key in the environment.</summary>
internal static class NotConnectedError
{
    /// <summary>The stable ErrorId.</summary>
    public const string ErrorId = "PolvoStripeNotConnected";

    /// <summary>Creates the error; it names Connect-PolvoStripe and both environment variables.</summary>
    public static PolvoErrorInfo Create() => new(ErrorId, PolvoErrorCategory.AuthenticationError,
        $"Not connected to Stripe: run Connect-PolvoStripe -ApiKey (Read-Host -AsSecureString), or set the {StripeEnvironmentVariables.ApiKey} or {StripeEnvironmentVariables.FallbackApiKey} environment variable to a secret key.")
    {
        RecommendedAction = $"Run Connect-PolvoStripe (or pass -Connection), or set {StripeEnvironmentVariables.ApiKey} or {StripeEnvironmentVariables.FallbackApiKey}.",
    };
}
