using Polvo.Stripe.Configuration;
using Polvo.Stripe.Http;
using Polvo.Stripe.Services;

namespace Polvo.Stripe;

/// <summary>
/// The Stripe client: <see cref="Customers"/>, <see cref="Charges"/> and <see cref="Raw"/> access over one
/// requestor. Thread-safe; create one per key and reuse it. Options are resolved from the environment and
/// validated once, here.
/// </summary>
public sealed partial class StripeClient : IDisposable
{
    private readonly StripeRequestor _requestor;
    private readonly StripeServiceCore _core;

    /// <summary>Creates a client that owns its <see cref="HttpClient"/>.</summary>
    /// <param name="options">The options; unset key and base URL come from the environment (see <see cref="StripeClientOptions.FromEnvironment"/>).</param>
    /// <exception cref="Errors.StripeConfigurationException">No key is configured, or an option is invalid.</exception>
    public StripeClient(StripeClientOptions? options = null)
        : this(options, null, null, null)
    {
    }

    /// <summary>Creates a client over an <see cref="HttpClient"/> the caller owns (and disposes).</summary>
    /// <param name="options">The options; unset key and base URL come from the environment.</param>
    /// <param name="httpClient">The HTTP client; its <see cref="HttpClient.BaseAddress"/> is ignored.</param>
    /// <exception cref="Errors.StripeConfigurationException">No key is configured, or an option is invalid.</exception>
    public StripeClient(StripeClientOptions? options, HttpClient httpClient)
        : this(options, httpClient ?? throw new ArgumentNullException(nameof(httpClient)), null, null)
    {
    }

    /// <summary>
    /// Creates a client with a given environment and pipeline around each attempt (the resilience seam);
    /// a <see langword="null"/> pipeline means the standard one built from the options (retries, rate limit).
    /// </summary>
    internal StripeClient(StripeClientOptions? options, HttpClient? httpClient, Func<StripeSendAsync, StripeSendAsync>? pipeline, Func<string, string?>? getEnvironmentVariable)
    {
        var settings = StripeClientSettings.Create(options, getEnvironmentVariable);
        var ownsHttpClient = httpClient is null;
        httpClient ??= new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
        {
            Timeout = Timeout.InfiniteTimeSpan, // each attempt is timed out by the requestor, with the injected TimeProvider
        };
        _requestor = new StripeRequestor(settings, httpClient, ownsHttpClient, pipeline ?? StripeResilience.Create(settings));
        _core = new StripeServiceCore(_requestor);
        Raw = new RawService(_core);
    }

    /// <summary>Gets untyped access to any endpoint.</summary>
    public RawService Raw { get; }

    /// <summary>Gets the API key in use (redacted when shown; use <see cref="StripeApiKey.Fingerprint"/> to tell keys apart).</summary>
    public StripeApiKey ApiKey => _requestor.Settings.ApiKey;

    /// <summary>Gets the base URL in use.</summary>
    public Uri BaseUrl => _requestor.Settings.BaseUrl;

    /// <summary>Gets the API version sent with every request.</summary>
    public string StripeVersion => _requestor.Settings.StripeVersion;

    internal StripeRequestor Requestor => _requestor;

    /// <summary>Releases the <see cref="HttpClient"/> if the client created it.</summary>
    public void Dispose() => _requestor.Dispose();

    /// <summary>Describes the client without the key.</summary>
    /// <returns>For example <c>StripeClient(https://api.stripe.com/, sk_test_…(redacted))</c>.</returns>
    public override string ToString() => $"StripeClient({BaseUrl}, {ApiKey})";
}
