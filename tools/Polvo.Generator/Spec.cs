using System.Text.Json;

namespace Polvo.Generator;

/// <summary>The parts of the OpenAPI description the generator reads.</summary>
internal sealed class Spec
{
    private Spec(JsonElement root)
    {
        Root = root;
        Schemas = root.GetProperty("components").GetProperty("schemas").EnumerateObject()
            .OrderBy(p => p.Name, StringComparer.Ordinal).ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal);
        Paths = root.GetProperty("paths").EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal).ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal);
    }

    public JsonElement Root { get; }

    public IReadOnlyDictionary<string, JsonElement> Schemas { get; }

    public IReadOnlyDictionary<string, JsonElement> Paths { get; }

    public static Spec Load(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        return new Spec(document.RootElement.Clone());
    }

    public static string RefName(JsonElement schema) => schema.GetProperty("$ref").GetString()!["#/components/schemas/".Length..];

    public static bool IsRef(JsonElement schema) => schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("$ref", out _);

    public static string? Str(JsonElement schema, string name) =>
        schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public static bool Flag(JsonElement schema, string name) =>
        schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.True;

    public static IEnumerable<JsonElement> AnyOf(JsonElement schema) =>
        schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("anyOf", out var any) ? any.EnumerateArray() : [];

    public static IEnumerable<JsonProperty> Properties(JsonElement schema) =>
        schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("properties", out var properties) ? properties.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal) : [];

    public static HashSet<string> Required(JsonElement schema) =>
        schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("required", out var required)
            ? required.EnumerateArray().Select(r => r.GetString()!).ToHashSet(StringComparer.Ordinal)
            : [];

    public static List<string> Enum(JsonElement schema) =>
        schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("enum", out var values)
            ? values.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!).ToList()
            : [];

    /// <summary>Whether the schema is Stripe's list envelope (<c>data</c>, <c>has_more</c>, <c>object: list</c>, <c>url</c>).</summary>
    public static bool IsListEnvelope(JsonElement schema) =>
        Properties(schema).Select(p => p.Name).Order(StringComparer.Ordinal).SequenceEqual(["data", "has_more", "object", "url"]);

    public static bool IsSearchEnvelope(JsonElement schema) =>
        Properties(schema).Select(p => p.Name).Order(StringComparer.Ordinal).SequenceEqual(["data", "has_more", "next_page", "object", "total_count", "url"]);

    public JsonElement Resolve(JsonElement schema) => IsRef(schema) ? Schemas[RefName(schema)] : schema;
}
