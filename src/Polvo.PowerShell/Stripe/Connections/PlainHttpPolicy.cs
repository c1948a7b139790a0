using Polvo.PowerShell.Errors;
using Polvo.Stripe.Configuration;

namespace Polvo.PowerShell.Stripe.Connections;

/// <summary>
/// Plain HTTP sends the key in clear text to whoever is on the path: a live key may use it only to a loopback address
/// (the emulator on this machine); a test key may, with a warning.
/// </summary>
internal static class PlainHttpPolicy
{
    /// <summary>The stable ErrorId of the refusal.</summary>
    public const string ErrorId = "PolvoStripeLiveKeyOverHttp";

    /// <summary>Whether <paramref name="baseUrl"/> is plain HTTP to another machine.</summary>
    public static bool IsPlainHttpToRemote(Uri baseUrl)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        return baseUrl.Scheme == Uri.UriSchemeHttp && !baseUrl.IsLoopback;
    }

    /// <summary>Refuses a live key over plain HTTP to a remote host.</summary>
    /// <param name="baseUrl">The base URL.</param>
    /// <param name="origin">Where the URL came from (<c>-BaseUrl</c> or <c>$env:POLVO_STRIPE_BASE_URL</c>).</param>
    /// <param name="mode">The key's mode.</param>
    /// <exception cref="PolvoTerminatingException">A live key over plain HTTP to a remote host.</exception>
    public static void Check(Uri baseUrl, string origin, StripeApiKeyMode mode)
    {
        if (mode == StripeApiKeyMode.Live && IsPlainHttpToRemote(baseUrl))
        {
            throw new PolvoTerminatingException(new PolvoErrorInfo(ErrorId, PolvoErrorCategory.SecurityError,
                $"Refusing to send a live key over plain HTTP to {baseUrl.Host}: the {origin} '{baseUrl}' would expose the key to anyone on the network.")
            {
                TargetObject = baseUrl.ToString(),
                RecommendedAction = $"Use an https:// URL in {origin} (or leave it out for https://api.stripe.com/); plain http:// is allowed with a live key only to this machine (localhost, 127.0.0.1).",
            });
        }
    }

    /// <summary>The warning for a test key over plain HTTP to a remote host, or null.</summary>
    public static string? Warning(Uri baseUrl, StripeApiKeyMode mode) =>
        mode == StripeApiKeyMode.Test && IsPlainHttpToRemote(baseUrl)
            ? $"The test key is sent over plain HTTP to {baseUrl.Host}, readable by anyone on the network; use an https:// -BaseUrl unless this is a trusted test server."
            : null;
}
