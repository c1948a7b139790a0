using System.Text.Json;
using System.Text.Json.Serialization;
using Polvo.Stripe.Errors;

namespace Polvo.Stripe.Entities;

/// <summary>
/// Source-generated System.Text.Json metadata for every Stripe type Polvo decodes: snake_case names,
/// times as Unix seconds, every modelled property written (<see langword="null"/> when unset) except the
/// few Stripe only sends on request, unknown fields kept through <see cref="IStripeExtensible"/>.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    Converters = [typeof(UnixTimeConverter)])]
[JsonSerializable(typeof(Customer))]
[JsonSerializable(typeof(Charge))]
[JsonSerializable(typeof(StripeList<Customer>))]
[JsonSerializable(typeof(StripeList<Charge>))]
[JsonSerializable(typeof(StripeList<JsonElement>))]
[JsonSerializable(typeof(SearchResult<Customer>))]
[JsonSerializable(typeof(SearchResult<Charge>))]
[JsonSerializable(typeof(StripeErrorEnvelope))]
[JsonSerializable(typeof(JsonElement))]
public sealed partial class StripeJsonContext : JsonSerializerContext
{
}
