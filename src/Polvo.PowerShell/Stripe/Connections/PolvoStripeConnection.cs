using Polvo.Stripe;
using Polvo.Stripe.Configuration;

namespace Polvo.PowerShell.Stripe.Connections;

/// <summary>
/// A connection to Stripe made by <c>Connect-PolvoStripe</c> (or implicitly from the environment): the client the
/// data cmdlets send through, described without its key. Nothing here, <see cref="ToString"/> included, shows the
/// key: only <see cref="KeyFingerprint"/> (a short SHA-256 digest) and <see cref="RedactedKey"/> (its prefix).
/// </summary>
public sealed class PolvoStripeConnection : IDisposable
{
    internal PolvoStripeConnection(StripeClient client, ConnectionSettings settings, string source)
    {
        Client = client;
        Settings = settings;
        Source = source;
    }

    /// <summary>Gets the base URL requests go to, such as <c>https://api.stripe.com/</c> or the emulator's.</summary>
    public Uri BaseUrl => Client.BaseUrl;

    /// <summary>Gets whether the key works on test or live data.</summary>
    public StripeApiKeyMode Mode => Client.ApiKey.Mode;

    /// <summary>Gets a short, non-reversible identifier of the key (the first 12 hex digits of its SHA-256).</summary>
    public string KeyFingerprint => Client.ApiKey.Fingerprint;

    /// <summary>Gets the key as shown everywhere: its prefix and <c>…(redacted)</c>.</summary>
    public string RedactedKey => Client.ApiKey.Redacted;

    /// <summary>Gets the Stripe API version sent with every request.</summary>
    public string StripeVersion => Client.StripeVersion;

    /// <summary>Gets the connected account requests act for, or <see langword="null"/> for the key's own account.</summary>
    public string? StripeAccount => Settings.StripeAccount;

    /// <summary>Gets how many times a failed request is retried, or <see langword="null"/> for the client's default.</summary>
    public int? MaxRetries => Settings.MaxRetries;

    /// <summary>Gets the client-side request rate limit, or <see langword="null"/> for the default of the key's mode.</summary>
    public double? RequestsPerSecond => Settings.RequestsPerSecond;

    /// <summary>Gets where the key came from: <c>ApiKey</c>, <c>Credential</c> or the environment variable's name.</summary>
    public string Source { get; }

    internal StripeClient Client { get; }

    internal ConnectionSettings Settings { get; }

    /// <summary>Releases the HTTP connections of the client.</summary>
    public void Dispose() => Client.Dispose();

    /// <summary>Describes the connection without the key.</summary>
    /// <returns>For example <c>Stripe Test sk_test_…(redacted) [3f9a0c1b2d4e] at https://api.stripe.com/</c>.</returns>
    public override string ToString() => $"Stripe {Mode} {RedactedKey} [{KeyFingerprint}] at {BaseUrl}";
}
