using System.Text.Json.Serialization.Metadata;
using Polvo.PowerShell.Stripe.Output;
using Polvo.Stripe.Entities;

namespace Polvo.PowerShell.Stripe.Paging;

/// <summary>A Stripe collection the Get- cmdlets read: its path, PSTypeName and JSON metadata.</summary>
/// <typeparam name="T">The entity type.</typeparam>
/// <param name="Path">The collection path, such as <c>v1/customers</c>.</param>
/// <param name="Noun">The plural shown in progress, such as <c>customers</c>.</param>
/// <param name="TypeName">The PSTypeName of its objects.</param>
/// <param name="Item">Decodes one object.</param>
/// <param name="List">Decodes a list page.</param>
/// <param name="Search">Decodes a search page, or null where Stripe has no search for the resource.</param>
internal sealed record StripeResource<T>(
    string Path, string Noun, string TypeName, JsonTypeInfo<T> Item, JsonTypeInfo<StripeList<T>> List, JsonTypeInfo<SearchResult<T>>? Search)
    where T : StripeEntity
{
    /// <summary>Gets the parent's noun of a sub-resource whose <see cref="Path"/> holds <c>{0}</c> (such as <c>customer</c>), else null.</summary>
    public string? ParentNoun { get; init; }

    /// <summary>Gets the parameter that names the parent of a sub-resource (such as <c>Customer</c>).</summary>
    public string? ParentParameter { get; init; }

    /// <summary>Gets whether the path holds the parent's id (<c>v1/customers/{0}/tax_ids</c>).</summary>
    public bool HasParent => ParentNoun is not null;

    /// <summary>The collection of one parent: <c>{0}</c> of the path replaced by its escaped id.</summary>
    /// <param name="parentId">The parent's id.</param>
    public StripeResource<T> Under(string parentId) => HasParent
        ? this with { Path = Path.Replace("{0}", Uri.EscapeDataString(parentId.Trim()), StringComparison.Ordinal), ParentNoun = null, ParentParameter = null }
        : this;
}

/// <summary>The collections Polvo's cmdlets read.</summary>
internal static class StripeResources
{
    /// <summary>Customers.</summary>
    public static StripeResource<Customer> Customers { get; } = new("v1/customers", "customers", StripeTypeNames.Customer,
        StripeJsonContext.Default.Customer, StripeJsonContext.Default.StripeListCustomer, StripeJsonContext.Default.SearchResultCustomer);

    /// <summary>Charges.</summary>
    public static StripeResource<Charge> Charges { get; } = new("v1/charges", "charges", StripeTypeNames.Charge,
        StripeJsonContext.Default.Charge, StripeJsonContext.Default.StripeListCharge, StripeJsonContext.Default.SearchResultCharge);
}
