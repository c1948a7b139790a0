using Polvo.Stripe.Errors;

namespace Polvo.Stripe.Configuration;

/// <summary>Applies the environment fallbacks to <see cref="StripeClientOptions"/>.</summary>
internal static class StripeOptionsResolver
{
    public static StripeClientOptions Resolve(StripeClientOptions options, Func<string, string?> getEnvironmentVariable)
    {
        var resolved = options.Clone();
        resolved.ApiKey = FirstNonEmpty(
            options.ApiKey,
            getEnvironmentVariable(StripeEnvironmentVariables.ApiKey),
            getEnvironmentVariable(StripeEnvironmentVariables.FallbackApiKey))
            ?? throw new StripeConfigurationException(
                $"No Stripe API key is configured. Set StripeClientOptions.ApiKey, or the {StripeEnvironmentVariables.ApiKey} " +
                $"or {StripeEnvironmentVariables.FallbackApiKey} environment variable, to a secret key (sk_test_... or sk_live_...).");
        resolved.BaseUrl = options.BaseUrl ?? ParseBaseUrl(getEnvironmentVariable(StripeEnvironmentVariables.BaseUrl))
            ?? StripeClientOptions.DefaultBaseUrl;
        return resolved;
    }

    public static string RedactForDisplay(string? apiKey)
    {
        if (string.IsNullOrEmpty(apiKey))
        {
            return "(unset)";
        }

        var second = apiKey.IndexOf('_', apiKey.IndexOf('_') + 1);
        return second > 0 && second < 8 ? apiKey[..(second + 1)] + "…(redacted)" : "(redacted)";
    }

    private static string? FirstNonEmpty(params string?[] values) =>
        values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))?.Trim();

    private static Uri? ParseBaseUrl(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (!Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new StripeConfigurationException(
                $"The {StripeEnvironmentVariables.BaseUrl} environment variable is not an absolute http or https URL; " +
                "set it to a URL such as http://127.0.0.1:12111/ or unset it to use https://api.stripe.com/.");
        }

        return uri;
    }
}
