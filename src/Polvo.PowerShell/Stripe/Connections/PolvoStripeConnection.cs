using Polvo.Resilience;
using Polvo.Stripe;
using Polvo.Stripe.Configuration;

namespace Polvo.PowerShell.Stripe.Connections;

/// <summary>
/// A connection to Stripe made by <c>Connect-PolvoStripe</c> (or implicitly from the environment): the client the
/// data cmdlets send through, described without its key. Nothing here, <see cref="ToString"/> included, shows the
/// key: only <see cref="KeyFingerprint"/> (a short SHA-256 digest) and <see cref="RedactedKey"/> (its prefix).
/// Users cannot dispose it (it has no public Dispose, and is deliberately not <see cref="IDisposable"/>, whose
/// method PowerShell would still offer): the module closes it on <c>Remove-Module</c> (see <see cref="Close"/>).
/// </summary>
public sealed class PolvoStripeConnection
{
    private readonly object _gate = new();
    private int _users;
    private bool _closing;
    private bool _disposed;

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

    /// <summary>Gets how many times a failed request is retried (-MaxRetries, else the default of 3).</summary>
    public int MaxRetries => Settings.MaxRetries ?? new HttpResilienceOptions().MaxRetries;

    /// <summary>Gets the client-side request rate limit (-RequestsPerSecond, else 25 per second for test keys and 100 for live keys).</summary>
    public double RequestsPerSecond => Settings.RequestsPerSecond ?? StripeRateLimits.DefaultRequestsPerSecond(Mode);

    /// <summary>Gets where the key came from: <c>ApiKey</c>, <c>Credential</c> or the environment variable's name.</summary>
    public string Source { get; }

    internal StripeClient Client { get; }

    internal ConnectionSettings Settings { get; }

    /// <summary>Whether <see cref="Close"/> was called: the connection takes no new command.</summary>
    internal bool IsClosed
    {
        get
        {
            lock (_gate)
            {
                return _closing;
            }
        }
    }

    /// <summary>
    /// Marks the connection as used by one command or job until the returned lease is disposed, so that
    /// <see cref="Close"/> waits for it before releasing the client.
    /// </summary>
    internal IDisposable Use()
    {
        lock (_gate)
        {
            _users++;
        }

        return new Lease(this);
    }

    /// <summary>
    /// Closes the connection (<c>Remove-Module Polvo</c>): it takes no new command, and its client (HTTP connections)
    /// is released at once, or when the last command or job still using it ends.
    /// </summary>
    internal void Close()
    {
        lock (_gate)
        {
            _closing = true;
        }

        DisposeIfUnused();
    }

    private void Release()
    {
        lock (_gate)
        {
            _users--;
        }

        DisposeIfUnused();
    }

    private void DisposeIfUnused()
    {
        lock (_gate)
        {
            if (!_closing || _users > 0 || _disposed)
            {
                return;
            }

            _disposed = true;
        }

        Client.Dispose();
    }

    /// <summary>Describes the connection without the key.</summary>
    /// <returns>For example <c>Stripe Test sk_test_…(redacted) [3f9a0c1b2d4e] at https://api.stripe.com/</c>.</returns>
    public override string ToString() => $"Stripe {Mode} {RedactedKey} [{KeyFingerprint}] at {BaseUrl}";

    private sealed class Lease(PolvoStripeConnection connection) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                connection.Release();
            }
        }
    }
}
