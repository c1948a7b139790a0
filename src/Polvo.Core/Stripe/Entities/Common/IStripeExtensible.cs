using System.Text.Json;

namespace Polvo.Stripe.Entities;

/// <summary>A Stripe object that keeps the JSON fields Polvo does not model, so a round trip loses nothing.</summary>
public interface IStripeExtensible
{
    /// <summary>Gets or sets the fields Polvo does not model, by JSON name; <see langword="null"/> when there are none.</summary>
    Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
