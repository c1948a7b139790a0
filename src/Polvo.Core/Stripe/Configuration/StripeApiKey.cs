using System.Security.Cryptography;
using System.Text;
using Polvo.Stripe.Errors;

namespace Polvo.Stripe.Configuration;

/// <summary>
/// A Stripe secret or restricted API key. The secret never leaves this type except into the
/// <c>Authorization</c> header: <see cref="ToString"/> is redacted (<c>sk_test_…(redacted)</c>) and
/// <see cref="Fingerprint"/> is a short, non-reversible SHA-256 digest that identifies the key
/// (for example to share one rate limiter per key) without revealing it.
/// </summary>
public sealed class StripeApiKey : IEquatable<StripeApiKey>
{
    private readonly string _secret;

    /// <summary>Validates and wraps a key.</summary>
    /// <param name="secret">The key: <c>sk_test_…</c>, <c>sk_live_…</c>, <c>rk_test_…</c> or <c>rk_live_…</c>.</param>
    /// <exception cref="StripeConfigurationException">The key is empty or is not a secret/restricted key.</exception>
    public StripeApiKey(string secret)
    {
        if (string.IsNullOrWhiteSpace(secret))
        {
            throw new StripeConfigurationException(
                "The Stripe API key is empty; give a secret key (sk_test_..., sk_live_..., rk_test_... or rk_live_...).");
        }

        if (secret.Any(char.IsWhiteSpace))
        {
            throw new StripeConfigurationException(
                "The Stripe API key contains white space; copy the key again without spaces or line breaks.");
        }

        (Mode, IsRestricted, Prefix) = Classify(secret);
        _secret = secret;
        Fingerprint = ComputeFingerprint(secret);
    }

    /// <summary>Gets whether the key works on test or live data.</summary>
    public StripeApiKeyMode Mode { get; }

    /// <summary>Gets whether the key is a restricted key (<c>rk_</c>) rather than a secret key (<c>sk_</c>).</summary>
    public bool IsRestricted { get; }

    /// <summary>Gets the public prefix of the key, such as <c>sk_test_</c>.</summary>
    public string Prefix { get; }

    /// <summary>Gets a short, non-reversible identifier of the key: the first 12 hex digits of its SHA-256.</summary>
    public string Fingerprint { get; }

    /// <summary>Gets the secret, for the <c>Authorization</c> header only.</summary>
    internal string Secret => _secret;

    /// <summary>Gets the value shown in place of the key in headers, logs and messages.</summary>
    public string Redacted => Prefix + "…(redacted)";

    /// <summary>Returns the redacted form, never the key itself.</summary>
    /// <returns>For example <c>sk_test_…(redacted)</c>.</returns>
    public override string ToString() => Redacted;

    /// <inheritdoc/>
    public bool Equals(StripeApiKey? other) =>
        other is not null && CryptographicOperations.FixedTimeEquals(
            Encoding.UTF8.GetBytes(_secret), Encoding.UTF8.GetBytes(other._secret));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as StripeApiKey);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Fingerprint);

    /// <summary>Replaces every occurrence of this key in <paramref name="text"/> with its redacted form.</summary>
    /// <param name="text">Any text that may contain the key.</param>
    /// <returns>The text without the key.</returns>
    public string RedactFrom(string text) =>
        string.IsNullOrEmpty(text) ? text : text.Replace(_secret, Redacted, StringComparison.Ordinal);

    private static (StripeApiKeyMode Mode, bool Restricted, string Prefix) Classify(string secret)
    {
        foreach (var (prefix, mode, restricted) in KnownPrefixes)
        {
            if (secret.StartsWith(prefix, StringComparison.Ordinal) && secret.Length > prefix.Length)
            {
                return (mode, restricted, prefix);
            }
        }

        var hint = secret.StartsWith("pk_", StringComparison.Ordinal)
            ? " It looks like a publishable key (pk_), which cannot call the API from a server."
            : string.Empty;
        throw new StripeConfigurationException(
            "The Stripe API key is not a secret key: it must start with sk_test_, sk_live_, rk_test_ or rk_live_." + hint);
    }

    private static readonly (string Prefix, StripeApiKeyMode Mode, bool Restricted)[] KnownPrefixes =
    [
        ("sk_test_", StripeApiKeyMode.Test, false),
        ("sk_live_", StripeApiKeyMode.Live, false),
        ("rk_test_", StripeApiKeyMode.Test, true),
        ("rk_live_", StripeApiKeyMode.Live, true),
    ];

    private static string ComputeFingerprint(string secret)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(secret));
        return Convert.ToHexString(hash, 0, 6).ToLowerInvariant();
    }
}
