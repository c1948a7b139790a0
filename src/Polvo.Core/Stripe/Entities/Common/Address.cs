using System.Text.Json;
using System.Text.Json.Serialization;

namespace Polvo.Stripe.Entities;

/// <summary>A postal address.</summary>
public sealed class Address : IStripeExtensible
{
    /// <summary>Gets or sets the city, district, suburb, town or village.</summary>
    public string? City { get; set; }

    /// <summary>Gets or sets the two-letter country code (ISO 3166-1 alpha-2).</summary>
    public string? Country { get; set; }

    /// <summary>Gets or sets the first address line.</summary>
    public string? Line1 { get; set; }

    /// <summary>Gets or sets the second address line.</summary>
    public string? Line2 { get; set; }

    /// <summary>Gets or sets the ZIP or postal code.</summary>
    public string? PostalCode { get; set; }

    /// <summary>Gets or sets the state, county, province or region.</summary>
    public string? State { get; set; }

    /// <inheritdoc/>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
