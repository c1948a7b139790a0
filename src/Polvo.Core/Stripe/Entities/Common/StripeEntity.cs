using System.Text.Json;
using System.Text.Json.Serialization;

namespace Polvo.Stripe.Entities;

/// <summary>
/// The base of Stripe objects that have an id: an <see cref="Id"/>, an <see cref="Object"/> type name and every
/// field Polvo does not model, kept in <see cref="ExtensionData"/> and written back on serialization.
/// </summary>
public abstract class StripeEntity : IStripeExtensible
{
    /// <summary>Gets or sets the object's id, such as <c>cus_...</c> (an empty string when Stripe sent none).</summary>
    [JsonIgnore]
    public string Id
    {
        get => IdField ?? string.Empty;
        set => IdField = value;
    }

    /// <summary>Gets or sets the object's type name, such as <c>customer</c> (an empty string when Stripe sent none).</summary>
    [JsonIgnore]
    public string Object
    {
        get => ObjectField ?? string.Empty;
        set => ObjectField = value;
    }

    /// <inheritdoc/>
    [JsonIgnore]
    public Dictionary<string, JsonElement>? ExtensionData
    {
        get => UnmodelledFields?.Dictionary;
        set => UnmodelledFields = ExtensionFieldSet.Of(value);
    }

    /// <summary>Gets or sets the unmodelled fields as the serializer collects and writes them (see <see cref="ExtensionFieldSet"/>).</summary>
    [JsonExtensionData]
    [JsonInclude]
    internal ExtensionFieldSet? UnmodelledFields { get; set; }

    /// <summary>Gets or sets <c>id</c> as sent: an object without one (an upcoming invoice) is written back without one.</summary>
    [JsonInclude]
    [JsonPropertyName("id")]
    internal string? IdField { get; set; }

    /// <summary>Gets or sets <c>object</c> as sent.</summary>
    [JsonInclude]
    [JsonPropertyName("object")]
    [JsonConverter(typeof(RepeatedStringConverter))]
    internal string? ObjectField { get; set; }

    /// <summary>Returns the id, so that an object passed where an id is expected (a PowerShell parameter, a format string) stands for itself.</summary>
    /// <returns>The id, or an empty string.</returns>
    public override string ToString() => Id;
}
