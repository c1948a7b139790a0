namespace Polvo.PowerShell.Stripe.Connections;

/// <summary>What <c>Connect-PolvoStripe</c> asks for; unset values come from the environment or the client's defaults.</summary>
internal sealed class ConnectionSettings
{
    /// <summary>The secret key (from -ApiKey or -Credential), or null to read the environment.</summary>
    public string? ApiKey { get; init; }

    /// <summary>Where <see cref="ApiKey"/> came from, for <see cref="PolvoStripeConnection.Source"/>.</summary>
    public string ApiKeySource { get; init; } = "ApiKey";

    /// <summary>The base URL (-BaseUrl), or null for POLVO_STRIPE_BASE_URL, else https://api.stripe.com/.</summary>
    public string? BaseUrl { get; init; }

    /// <summary>The connected account every request acts for (-StripeAccount).</summary>
    public string? StripeAccount { get; init; }

    /// <summary>Retries of a failed request (-MaxRetries), or null for the default.</summary>
    public int? MaxRetries { get; init; }

    /// <summary>Client-side rate limit (-RequestsPerSecond), or null for the default of the key's mode.</summary>
    public double? RequestsPerSecond { get; init; }

    /// <summary>The clock of the client.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}
