using Polvo.RateLimiting;
using Polvo.Resilience;
using Polvo.Stripe.Configuration;
using Polvo.Stripe.Http;

namespace Polvo.Stripe;

/// <summary>
/// Options of a <see cref="StripeClient"/>. Values left unset are taken from the environment
/// (see <see cref="FromEnvironment"/>); everything is validated once, when the client is created.
/// </summary>
public sealed class StripeClientOptions
{
    /// <summary>
    /// The Stripe API version every request pins with the <c>Stripe-Version</c> header: <c>2020-08-27</c>.
    /// It is the version of the OpenAPI description the entities and services were written from, so the
    /// shapes Polvo decodes are the shapes Stripe sends whatever the account's default version is.
    /// </summary>
    public const string DefaultApiVersion = "2020-08-27";

    /// <summary>The base URL used when neither <see cref="BaseUrl"/> nor <c>POLVO_STRIPE_BASE_URL</c> is set.</summary>
    public static readonly Uri DefaultBaseUrl = new("https://api.stripe.com/");

    /// <summary>The default time one HTTP attempt may take: 80 seconds, as Stripe's own libraries use.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(80);

    /// <summary>Gets or sets the secret API key.</summary>
    /// <value>The default value is <see langword="null"/>: <c>POLVO_STRIPE_API_KEY</c>, else <c>STRIPE_API_KEY</c>.</value>
    public string? ApiKey { get; set; }

    /// <summary>Gets or sets the base URL of the API, for example <c>http://127.0.0.1:12111/</c> for the emulator.</summary>
    /// <value>The default value is <see langword="null"/>: <c>POLVO_STRIPE_BASE_URL</c>, else <see cref="DefaultBaseUrl"/>.</value>
    public Uri? BaseUrl { get; set; }

    /// <summary>Gets or sets the connected account every request acts for (<c>Stripe-Account</c> header).</summary>
    /// <value>The default value is <see langword="null"/>: the key's own account.</value>
    public string? StripeAccount { get; set; }

    /// <summary>Gets or sets the API version sent in the <c>Stripe-Version</c> header.</summary>
    /// <value>The default value is <see cref="DefaultApiVersion"/>.</value>
    public string StripeVersion { get; set; } = DefaultApiVersion;

    /// <summary>Gets or sets the longest time one HTTP attempt may take before it fails with <see cref="Errors.StripeTimeoutException"/>.</summary>
    /// <value>The default value is <see cref="DefaultTimeout"/> (80 seconds).</value>
    public TimeSpan Timeout { get; set; } = DefaultTimeout;

    /// <summary>
    /// Gets or sets the retry policy and overall deadline: retries on connection failures, timed-out attempts,
    /// 409, 429 and 5xx (Stripe's <c>Stripe-Should-Retry</c> header overrides), honouring <c>Retry-After</c>.
    /// Every POST carries one <c>Idempotency-Key</c> for all its attempts, so a retried create never creates twice.
    /// </summary>
    /// <remarks>
    /// Each attempt is timed out after <see cref="Timeout"/> (surfacing as <see cref="Errors.StripeTimeoutException"/>);
    /// <see cref="HttpResilienceOptions.AttemptTimeout"/> is therefore not used by the Stripe client.
    /// </remarks>
    /// <value>The default value is a new <see cref="HttpResilienceOptions"/>: 3 retries, 0.5 s first delay, 5 s cap, 2 min overall.</value>
    public HttpResilienceOptions Resilience { get; set; } = new();

    /// <summary>
    /// Gets or sets the client-side rate limit. Every client with the same key and base URL shares one limiter
    /// (from <see cref="RateLimiters"/>), so parallel work never exceeds the budget Stripe grants the key.
    /// </summary>
    /// <value>The default value is <see langword="null"/>: 25 requests/s for test keys, 100/s for live keys (<see cref="StripeRateLimits"/>).</value>
    public RateLimitOptions? RateLimit { get; set; }

    /// <summary>Gets or sets the registry that hands out one shared limiter per key and base URL.</summary>
    /// <value>The default value is <see cref="RateLimiterRegistry.Shared"/> (process-wide).</value>
    public RateLimiterRegistry RateLimiters { get; set; } = RateLimiterRegistry.Shared;

    /// <summary>Gets or sets the clock used to measure requests and time them out.</summary>
    /// <value>The default value is <see cref="TimeProvider.System"/>.</value>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>
    /// Gets or sets a callback told about every HTTP attempt (method, path, status, elapsed time,
    /// request id, redacted headers). It must be quick and must not throw.
    /// </summary>
    /// <value>The default value is <see langword="null"/>: nothing is reported.</value>
    public Action<StripeRequestEvent>? OnRequest { get; set; }

    /// <summary>
    /// Returns a copy of <paramref name="options"/> with the API key and base URL filled in from the
    /// environment where unset: key from the option, else <c>POLVO_STRIPE_API_KEY</c>, else <c>STRIPE_API_KEY</c>;
    /// base URL from the option, else <c>POLVO_STRIPE_BASE_URL</c>, else <see cref="DefaultBaseUrl"/>.
    /// </summary>
    /// <param name="options">The explicit options, or <see langword="null"/> for none.</param>
    /// <param name="getEnvironmentVariable">Reads a variable; the default reads the process environment.</param>
    /// <returns>A new options object with <see cref="ApiKey"/> and <see cref="BaseUrl"/> set.</returns>
    /// <exception cref="Errors.StripeConfigurationException">No key is set anywhere, or the base URL variable is not an absolute http(s) URL.</exception>
    public static StripeClientOptions FromEnvironment(
        StripeClientOptions? options = null, Func<string, string?>? getEnvironmentVariable = null) =>
        StripeOptionsResolver.Resolve(options ?? new StripeClientOptions(), getEnvironmentVariable ?? Environment.GetEnvironmentVariable);

    /// <summary>Returns a summary of the options with the API key redacted.</summary>
    /// <returns>For example <c>StripeClientOptions { ApiKey = sk_test_…(redacted), BaseUrl = … }</c>.</returns>
    public override string ToString() =>
        $"StripeClientOptions {{ ApiKey = {StripeOptionsResolver.RedactForDisplay(ApiKey)}, BaseUrl = {BaseUrl?.ToString() ?? "(default)"}, StripeVersion = {StripeVersion} }}";

    internal StripeClientOptions Clone() => (StripeClientOptions)MemberwiseClone();
}
