using System.Text.Json;
using System.Text.Json.Serialization;

namespace Polvo.Stripe.Entities;

/// <summary>
/// The base of Stripe objects: an <see cref="Id"/>, an <see cref="Object"/> type name and every
/// field Polvo does not model, kept in <see cref="ExtensionData"/> and written back on serialization.
/// </summary>
public abstract class StripeEntity : IStripeExtensible
{
    /// <summary>Gets or sets the object's id, such as <c>cus_...</c>.</summary>
    public string Id { get; set; } = string.Empty;

    /// <summary>Gets or sets the object's type name, such as <c>customer</c>.</summary>
    public string Object { get; set; } = string.Empty;

    /// <inheritdoc/>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
