using Polvo.PowerShell.Errors;
using Polvo.PowerShell.Stripe.Diagnostics;
using Polvo.Stripe;
using Polvo.Stripe.Configuration;
using Polvo.Stripe.Errors;

namespace Polvo.PowerShell.Stripe.Connections;

/// <summary>
/// Builds a <see cref="PolvoStripeConnection"/>: the key from the settings, else <c>POLVO_STRIPE_API_KEY</c>, else
/// <c>STRIPE_API_KEY</c>; the base URL from the settings, else <c>POLVO_STRIPE_BASE_URL</c>, else Stripe's. The
/// client reports every request to <see cref="RequestObserver.Current"/>, so each command sees its own requests.
/// </summary>
internal sealed class ConnectionFactory(Func<string, string?> getEnvironmentVariable)
{
    /// <summary>The factory over the process environment.</summary>
    public static ConnectionFactory Default { get; } = new(Environment.GetEnvironmentVariable);

    /// <summary>Creates the connection.</summary>
    /// <exception cref="PolvoTerminatingException">No key anywhere (PolvoStripeNotConnected), or a bad key or URL.</exception>
    public PolvoStripeConnection Create(ConnectionSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var (key, source) = string.IsNullOrEmpty(settings.ApiKey)
            ? FromEnvironment() ?? throw new PolvoTerminatingException(NotConnectedError.Create())
            : (settings.ApiKey, settings.ApiKeySource);
        var options = new StripeClientOptions
        {
            ApiKey = key,
            BaseUrl = ResolveBaseUrl(settings.BaseUrl),
            StripeAccount = string.IsNullOrWhiteSpace(settings.StripeAccount) ? null : settings.StripeAccount,
            TimeProvider = settings.TimeProvider,
            OnRequest = RequestObserver.Report,
        };
        try
        {
            ClientOptionsExtensions.Apply(options, settings);
            return new PolvoStripeConnection(new StripeClient(options), settings, source);
        }
        catch (StripeConfigurationException ex)
        {
            throw new PolvoTerminatingException(new PolvoErrorInfo("PolvoStripeInvalidKey", PolvoErrorCategory.InvalidArgument, ex.Message)
            {
                Exception = ex,
                TargetObject = source,
                RecommendedAction = $"Pass a secret key (sk_test_..., sk_live_..., rk_...) with Connect-PolvoStripe -ApiKey, or correct {StripeEnvironmentVariables.ApiKey}.",
            });
        }
        catch (ArgumentException ex)
        {
            throw new PolvoTerminatingException(new PolvoErrorInfo("PolvoStripeInvalidSetting", PolvoErrorCategory.InvalidArgument, ex.Message)
            {
                Exception = ex,
                RecommendedAction = $"Correct the value of Connect-PolvoStripe's -{ex.ParamName ?? "MaxRetries or -RequestsPerSecond"}.",
            });
        }
    }

    private (string Key, string Source)? FromEnvironment()
    {
        foreach (var name in new[] { StripeEnvironmentVariables.ApiKey, StripeEnvironmentVariables.FallbackApiKey })
        {
            if (getEnvironmentVariable(name) is { Length: > 0 } value && !string.IsNullOrWhiteSpace(value))
            {
                return (value.Trim(), name);
            }
        }

        return null;
    }

    private Uri ResolveBaseUrl(string? explicitUrl)
    {
        var (text, origin) = !string.IsNullOrWhiteSpace(explicitUrl)
            ? (explicitUrl, "-BaseUrl")
            : (getEnvironmentVariable(StripeEnvironmentVariables.BaseUrl), StripeEnvironmentVariables.BaseUrl);
        if (string.IsNullOrWhiteSpace(text))
        {
            return StripeClientOptions.DefaultBaseUrl;
        }

        if (Uri.TryCreate(text.Trim(), UriKind.Absolute, out var url) && url.Scheme is "http" or "https")
        {
            return url;
        }

        throw new PolvoTerminatingException(new PolvoErrorInfo("PolvoStripeInvalidBaseUrl", PolvoErrorCategory.InvalidArgument,
            $"The base URL '{text}' from {origin} is not an absolute http or https URL.")
        {
            TargetObject = text,
            RecommendedAction = $"Give {origin} a URL such as https://api.stripe.com/ or http://127.0.0.1:12111/ for the emulator.",
        });
    }
}
