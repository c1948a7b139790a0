using System.Text.Json;
using System.Text.Json.Serialization;

namespace Polvo.Stripe.Entities;

/// <summary>One page of a Stripe list (<c>"object": "list"</c>).</summary>
/// <typeparam name="T">The type of the items.</typeparam>
public sealed class StripeList<T> : IStripeExtensible
{
    /// <summary>Gets or sets the type name, <c>list</c>.</summary>
    public string Object { get; set; } = "list";

    /// <summary>Gets or sets the items of this page, newest first.</summary>
    public List<T> Data { get; set; } = [];

    /// <summary>Gets or sets whether more items follow this page.</summary>
    public bool HasMore { get; set; }

    /// <summary>Gets or sets the path of the list, such as <c>/v1/customers</c>.</summary>
    public string? Url { get; set; }

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
}
