using System.Text.Json.Nodes;
using Polvo.Emulator.Search;

namespace Polvo.Emulator.Generic;

/// <summary>The search fields of a generic resource, read from its JSON (numbers, exact tokens or text, as Stripe compares them).</summary>
internal static class GenericSearch
{
    private static readonly HashSet<string> Numbers = ["amount", "created", "total"];
    private static readonly HashSet<string> Texts = ["name", "description", "email", "url", "number", "lookup_key"];

    public static SearchFields<GenericRecord> Fields(ResourceType type) => new(
        type.Object + "s",
        type.SearchFields.ToDictionary(f => f, Field),
        r => r.Data["metadata"] is JsonObject m ? m.Select(p => new KeyValuePair<string, string>(p.Key, p.Value?.ToString() ?? string.Empty)).ToArray() : []);

    private static SearchField<GenericRecord> Field(string name) =>
        Numbers.Contains(name)
            ? new(SearchFieldKind.Number, Number: r => r.Number(name))
            : new(Texts.Contains(name) ? SearchFieldKind.Text : SearchFieldKind.Token, r => GenericFilters.Id(r.Data[name]));
}
