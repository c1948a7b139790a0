using System.Text.Json;
using System.Text.Json.Serialization;

namespace Polvo.Stripe.Entities;

/// <summary>One page of a Stripe search (<c>"object": "search_result"</c>).</summary>
/// <typeparam name="T">The type of the items.</typeparam>
public sealed class SearchResult<T> : IStripeExtensible
{
    /// <summary>Gets or sets the type name, <c>search_result</c>.</summary>
    public string Object { get; set; } = "search_result";

    /// <summary>Gets or sets the items of this page.</summary>
    public List<T> Data { get; set; } = [];

    /// <summary>Gets or sets whether more items follow this page.</summary>
    public bool HasMore { get; set; }

    /// <summary>Gets or sets the cursor of the next page (the <c>page</c> parameter), or <see langword="null"/> on the last page.</summary>
    public string? NextPage { get; set; }

    /// <summary>Gets or sets the number of matches overall, when Stripe reports it.</summary>
    public long? TotalCount { get; set; }

    /// <summary>Gets or sets the path of the search, such as <c>/v1/customers/search</c>.</summary>
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
