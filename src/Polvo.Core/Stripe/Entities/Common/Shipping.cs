using System.Text.Json;
using System.Text.Json.Serialization;

namespace Polvo.Stripe.Entities;

/// <summary>Shipping information.</summary>
public sealed class Shipping : IStripeExtensible
{
    /// <summary>Gets or sets the shipping address.</summary>
    public Address? Address { get; set; }

    /// <summary>Gets or sets the delivery service.</summary>
    public string? Carrier { get; set; }

    /// <summary>Gets or sets the recipient's name.</summary>
    public string? Name { get; set; }

    /// <summary>Gets or sets the recipient's phone number.</summary>
    public string? Phone { get; set; }

    /// <summary>Gets or sets the tracking number.</summary>
    public string? TrackingNumber { get; set; }

    /// <inheritdoc/>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
