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
        if (settings.ApiKey is { } given && string.IsNullOrWhiteSpace(given))
        {
            throw new PolvoTerminatingException(EmptyKeyError(settings.ApiKeySource));
        }

        var (key, source) = settings.ApiKey is null
            ? FromEnvironment() ?? throw new PolvoTerminatingException(NotConnectedError.Create())
            : (settings.ApiKey, settings.ApiKeySource);
        var apiKey = ValidateKey(key, source);
        var (baseUrl, urlOrigin) = ResolveBaseUrl(settings.BaseUrl);
        PlainHttpPolicy.Check(baseUrl, urlOrigin, apiKey.Mode);
        var options = new StripeClientOptions
        {
            ApiKey = key,
            BaseUrl = baseUrl,
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
            throw new PolvoTerminatingException(new PolvoErrorInfo("PolvoStripeInvalidSetting", PolvoErrorCategory.InvalidArgument, ex.Message)
            {
                Exception = ex,
                RecommendedAction = "Check the parameters of Connect-PolvoStripe and the POLVO_STRIPE_* environment variables.",
            });
        }
        catch (ArgumentException ex)
        {
            throw new PolvoTerminatingException(new PolvoErrorInfo("PolvoStripeInvalidSetting", PolvoErrorCategory.InvalidArgument, ErrorText.WithoutParameterSuffix(ex))
            {
                Exception = ex,
                RecommendedAction = $"Correct the value of Connect-PolvoStripe's -{ex.ParamName ?? "MaxRetries or -RequestsPerSecond"}.",
            });
        }
    }

    /// <summary>Where a key came from, as a user names it: <c>-ApiKey</c>, <c>-Credential</c> or the variable <c>$env:NAME</c>.</summary>
    private static string Describe(string source) => source is "ApiKey" or "Credential" ? "-" + source : "$env:" + source;

    private static PolvoErrorInfo EmptyKeyError(string source) =>
        new("PolvoStripeEmptyApiKey", PolvoErrorCategory.InvalidArgument, $"The key given with {Describe(source)} is empty.")
        {
            TargetObject = source,
            RecommendedAction = source == "Credential"
                ? "Give the secret key as the credential's password: Connect-PolvoStripe -Credential (Get-Credential -UserName stripe)."
                : $"Type the secret key when asked: Connect-PolvoStripe -ApiKey (Read-Host -AsSecureString 'Stripe secret key'), or omit -ApiKey to use {StripeEnvironmentVariables.ApiKey}.",
        };

    private static StripeApiKey ValidateKey(string key, string source)
    {
        try
        {
            return new StripeApiKey(key);
        }
        catch (StripeConfigurationException ex)
        {
            throw new PolvoTerminatingException(new PolvoErrorInfo("PolvoStripeInvalidKey", PolvoErrorCategory.InvalidArgument,
                $"The key given with {Describe(source)} is not usable: {ex.Message}")
            {
                Exception = ex,
                TargetObject = source,
                RecommendedAction = source is "ApiKey" or "Credential"
                    ? $"Pass a secret key (sk_test_..., sk_live_..., rk_test_..., rk_live_...) to Connect-PolvoStripe {Describe(source)}."
                    : $"Set {Describe(source)} to a secret key (sk_test_..., sk_live_..., rk_test_..., rk_live_...), or run Connect-PolvoStripe -ApiKey.",
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

    private (Uri Url, string Origin) ResolveBaseUrl(string? explicitUrl)
    {
        var (text, origin) = !string.IsNullOrWhiteSpace(explicitUrl)
            ? (explicitUrl, "-BaseUrl")
            : (getEnvironmentVariable(StripeEnvironmentVariables.BaseUrl), "$env:" + StripeEnvironmentVariables.BaseUrl);
        if (string.IsNullOrWhiteSpace(text))
        {
            return (StripeClientOptions.DefaultBaseUrl, origin);
        }

        if (Uri.TryCreate(text.Trim(), UriKind.Absolute, out var url) && url.Scheme is "http" or "https")
        {
            return (url, origin);
        }

        throw new PolvoTerminatingException(new PolvoErrorInfo("PolvoStripeInvalidBaseUrl", PolvoErrorCategory.InvalidArgument,
            $"The base URL '{text}' from {origin} is not an absolute http or https URL.")
        {
            TargetObject = text,
            RecommendedAction = $"Give {origin} a URL such as https://api.stripe.com/ or http://127.0.0.1:12111/ for the emulator.",
        });
    }
}
