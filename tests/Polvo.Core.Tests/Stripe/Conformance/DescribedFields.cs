using System.Text.Json;
using Polvo.Core.Tests.Stripe.Generated;
using Polvo.Stripe;
using Polvo.Stripe.Entities;

namespace Polvo.Core.Tests.Stripe.Conformance;

/// <summary>
/// Whether the description (spec3.json, API 2020-08-27) types a field of a model: a field it types must never be
/// left in <see cref="IStripeExtensible.ExtensionData"/>; a field it does not (the emulator, like Stripe, may send
/// newer ones) is kept there by design.
/// </summary>
internal static class DescribedFields
{
    private static readonly HashSet<string> ListEnvelope = ["object", "data", "has_more", "url"];
    private static readonly HashSet<string> SearchEnvelope = ["object", "data", "has_more", "url", "next_page", "total_count"];

    private static readonly Lazy<Dictionary<Type, HashSet<string>>> BySchemaType = new(() =>
        StripeApiCatalog.Models
            .GroupBy(model => model.Value)
            .ToDictionary(group => group.Key, group => group.SelectMany(model => Properties(model.Key)).ToHashSet(StringComparer.Ordinal)));

    /// <summary>Whether <paramref name="field"/> is typed by the description for <paramref name="type"/>; a type with no schema counts every field.</summary>
    public static bool Typed(Type type, string field)
    {
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(StripeList<>))
        {
            return ListEnvelope.Contains(field);
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(SearchResult<>))
        {
            return SearchEnvelope.Contains(field);
        }

        return !BySchemaType.Value.TryGetValue(type, out var described) || described.Contains(field);
    }

    private static IEnumerable<string> Properties(string schema)
    {
        var definition = SpecFiles.Schema(schema);
        return definition.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object
            ? properties.EnumerateObject().Select(p => p.Name)
            : [];
    }
}
