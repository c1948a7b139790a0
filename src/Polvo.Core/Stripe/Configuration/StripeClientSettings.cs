using Polvo.RateLimiting;
using Polvo.Resilience;
using Polvo.Stripe.Errors;
using Polvo.Stripe.Http;

namespace Polvo.Stripe.Configuration;

/// <summary>The validated, immutable settings a client runs with.</summary>
internal sealed class StripeClientSettings
{
    private StripeClientSettings(StripeApiKey apiKey, Uri baseUrl, StripeClientOptions options)
    {
        ApiKey = apiKey;
        BaseUrl = baseUrl;
        StripeAccount = string.IsNullOrWhiteSpace(options.StripeAccount) ? null : options.StripeAccount.Trim();
        StripeVersion = options.StripeVersion;
        Timeout = options.Timeout;
        TimeProvider = options.TimeProvider;
        OnRequest = options.OnRequest;
        Resilience = options.Resilience;
        RateLimit = options.RateLimit;
        RateLimiters = options.RateLimiters;
    }

    public HttpResilienceOptions Resilience { get; }

    public RateLimitOptions? RateLimit { get; }

    public RateLimiterRegistry RateLimiters { get; }

    public StripeApiKey ApiKey { get; }

    public Uri BaseUrl { get; }

    public string? StripeAccount { get; }

    public string StripeVersion { get; }

    public TimeSpan Timeout { get; }

    public TimeProvider TimeProvider { get; }

    public Action<StripeRequestEvent>? OnRequest { get; }

    /// <summary>Resolves environment fallbacks and validates every option once.</summary>
    public static StripeClientSettings Create(StripeClientOptions? options, Func<string, string?>? getEnvironmentVariable = null)
    {
        var resolved = StripeClientOptions.FromEnvironment(options, getEnvironmentVariable);
        var key = new StripeApiKey(resolved.ApiKey!);
        var baseUrl = resolved.BaseUrl!;
        if (!baseUrl.IsAbsoluteUri || (baseUrl.Scheme != Uri.UriSchemeHttp && baseUrl.Scheme != Uri.UriSchemeHttps))
        {
            throw new StripeConfigurationException(
                "StripeClientOptions.BaseUrl must be an absolute http or https URL, such as https://api.stripe.com/ or http://127.0.0.1:12111/.");
        }

        if (!baseUrl.AbsoluteUri.EndsWith('/'))
        {
            baseUrl = new Uri(baseUrl.AbsoluteUri + "/");
        }

        if (string.IsNullOrWhiteSpace(resolved.StripeVersion))
        {
            throw new StripeConfigurationException(
                $"StripeClientOptions.StripeVersion is empty; leave it at its default ({StripeClientOptions.DefaultApiVersion}) or set an API version.");
        }

        if (resolved.Timeout <= TimeSpan.Zero && resolved.Timeout != System.Threading.Timeout.InfiniteTimeSpan)
        {
            throw new StripeConfigurationException(
                "StripeClientOptions.Timeout must be positive or Timeout.InfiniteTimeSpan.");
        }

        if (resolved.TimeProvider is null)
        {
            throw new StripeConfigurationException("StripeClientOptions.TimeProvider must not be null; use TimeProvider.System.");
        }

        if (resolved.Resilience is null || resolved.RateLimiters is null)
        {
            throw new StripeConfigurationException(
                "StripeClientOptions.Resilience and StripeClientOptions.RateLimiters must not be null; leave them at their defaults.");
        }

        try
        {
            resolved.Resilience.Validate();
            resolved.RateLimit?.Validate();
        }
        catch (ArgumentException invalid)
        {
            throw new StripeConfigurationException(invalid.Message + " (StripeClientOptions.Resilience / StripeClientOptions.RateLimit)", innerException: invalid);
        }

        return new StripeClientSettings(key, baseUrl, resolved);
    }
}
