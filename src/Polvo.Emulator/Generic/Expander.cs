using System.Text.Json;
using System.Text.Json.Nodes;
using Polvo.Emulator.Http;
using Polvo.Emulator.Spec;

namespace Polvo.Emulator.Generic;

/// <summary>
/// Applies <c>expand[]</c> paths such as <c>customer</c>, <c>data.customer</c> or <c>latest_invoice.payment_intent</c>
/// at any depth the description allows (each step must be in the schema's <c>x-expandableFields</c>, at most four
/// levels), replacing ids with the objects they name.
/// </summary>
internal sealed class Expander(Func<string, JsonObject?> lookup)
{
    private const int MaxDepth = 4;

    /// <summary>Expands a copy of <paramref name="root"/> whose schema is <paramref name="schema"/>; the original is not changed.</summary>
    public JsonObject Apply(JsonObject root, JsonElement schema, IReadOnlyList<string> paths)
    {
        if (paths.Count == 0) return root;
        var copy = root.DeepClone().AsObject();
        foreach (var path in paths)
        {
            var steps = path.Split('.');
            var depth = steps.Count(s => s != "data");
            if (depth > MaxDepth) throw ApiErrors.BadRequest($"You cannot expand more than {MaxDepth} levels of a property. Property: {ApiErrors.Shorten(path)}", "expand");
            Walk(copy, schema, steps, 0, path);
        }

        return copy;
    }

    /// <summary>Checks every path against a schema without an object (for empty lists), so a bad path fails even then.</summary>
    public static void Check(JsonElement schema, IReadOnlyList<string> paths)
    {
        foreach (var path in paths)
        {
            var first = path.Split('.')[0];
            if (!Expandable(schema, first)) throw CannotExpand(path);
        }
    }

    private void Walk(JsonNode? node, JsonElement schema, string[] steps, int at, string path)
    {
        if (node is null || at >= steps.Length) return;
        var description = ApiDescription.Shared;
        schema = SchemaOf(description, node, schema);
        var step = steps[at];
        if (node is JsonObject list && list["object"]?.GetValue<string>() == "list" && step == "data")
        {
            var items = schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("properties", out var lp) && lp.TryGetProperty("data", out var d) && d.TryGetProperty("items", out var i) ? i : default;
            foreach (var item in list["data"]?.AsArray() ?? []) Walk(item, items, steps, at + 1, path);
            return;
        }

        if (node is not JsonObject obj || !Expandable(schema, step)) throw CannotExpand(path);
        var property = schema.GetProperty("properties").TryGetProperty(step, out var ps) ? ps : default;
        var value = obj[step];
        if (value is JsonArray array)
        {
            var itemSchema = description.Resolve(property).TryGetProperty("items", out var its) ? its : default;
            for (var k = 0; k < array.Count; k++)
            {
                array[k] = Resolve(array[k]);
                Walk(array[k], itemSchema, steps, at + 1, path);
            }

            return;
        }

        obj[step] = Resolve(value);
        Walk(obj[step], property, steps, at + 1, path);
    }

    private JsonNode? Resolve(JsonNode? value) =>
        value is JsonValue v && v.TryGetValue<string>(out var id) && lookup(id) is { } found ? found : value;

    private static JsonElement SchemaOf(ApiDescription description, JsonNode node, JsonElement schema)
    {
        if (node is JsonObject o && o["object"] is JsonValue kind && kind.TryGetValue<string>(out var name) && name != "list"
            && description.ResourceSchema(name) is { } resource)
        {
            return resource;
        }

        if (schema.ValueKind != JsonValueKind.Object) return schema;
        schema = description.Resolve(schema);
        if (!schema.TryGetProperty("anyOf", out var anyOf)) return schema;
        foreach (var variant in anyOf.EnumerateArray())
        {
            var resolved = description.Resolve(variant);
            if (resolved.TryGetProperty("properties", out _)) return resolved;
        }

        return schema;
    }

    private static bool Expandable(JsonElement schema, string field) =>
        schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("x-expandableFields", out var fields)
        && fields.EnumerateArray().Any(f => f.GetString() == field);

    private static ApiException CannotExpand(string path) =>
        ApiErrors.BadRequest($"This property cannot be expanded ({ApiErrors.Shorten(path)}).", "expand");
}
