using Polvo.PowerShell.Stripe.Diagnostics;
using Polvo.RateLimiting;
using Polvo.Resilience;
using Polvo.Stripe;

namespace Polvo.PowerShell.Stripe.Connections;

/// <summary>Applies the retry and rate-limit settings of a connection to the client options.</summary>
internal static class ClientOptionsExtensions
{
    /// <summary>
    /// Copies -MaxRetries and -RequestsPerSecond into <paramref name="options"/> (unset values keep the client's
    /// defaults) and routes every retry notice to the command's verbose stream. Validates them once.
    /// </summary>
    /// <exception cref="ArgumentException">A value is out of range; the message names the parameter.</exception>
    public static void Apply(StripeClientOptions options, ConnectionSettings settings)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(settings);
        var resilience = new HttpResilienceOptions { OnRetry = notice => RequestObserver.ReportRetry(notice.ToString()) };
        if (settings.MaxRetries is { } retries)
        {
            resilience.MaxRetries = retries is >= 0 and <= 100
                ? retries
                : throw new ArgumentException($"-MaxRetries must be between 0 and 100 (got {retries}).", "MaxRetries");
        }

        options.Resilience = resilience;
        if (settings.RequestsPerSecond is { } rate)
        {
            var limit = new RateLimitOptions { RequestsPerSecond = rate };
            try
            {
                limit.Validate();
            }
            catch (ArgumentException ex)
            {
                throw new ArgumentException($"-RequestsPerSecond must be greater than 0 and at most 100000 (got {rate}).", "RequestsPerSecond", ex);
            }

            options.RateLimit = limit;
        }
    }
}
