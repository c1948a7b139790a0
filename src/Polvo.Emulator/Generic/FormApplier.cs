using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Polvo.Emulator.Http;
using Polvo.Emulator.Spec;

namespace Polvo.Emulator.Generic;

/// <summary>
/// Applies already validated form parameters to an object with Stripe's merge rules: a parameter sets the field of
/// the same name (typed by the request schema, hashes filled out with the object's own fields); <c>metadata</c>
/// merges key by key and an empty value removes a key (<c>metadata=</c> clears it); an empty value clears an
/// emptyable field. Parameters the object has no field for (such as <c>expand</c> or <c>confirm</c>) are left to
/// the lifecycle handlers.
/// </summary>
internal static class FormApplier
{
    public static void Apply(JsonObject target, FormNode form, RequestShape shape, JsonElement? objectSchema, params string[] skip)
    {
        var description = ApiDescription.Shared;
        var properties = objectSchema is { } s && s.TryGetProperty("properties", out var p) ? p : default;
        foreach (var (key, node) in form.Children ?? [])
        {
            if (key == "expand" || Array.IndexOf(skip, key) >= 0 || !shape.Properties.TryGetValue(key, out var requestSchema)) continue;
            // Embedded lists (a subscription's items, an invoice's lines) change only through their lifecycle.
            if (!target.ContainsKey(key) || (target[key] is JsonObject list && list["object"]?.ToString() == "list")) continue;
            if (key == "metadata")
            {
                target["metadata"] = MergeMetadata(target["metadata"] as JsonObject, node);
                continue;
            }

            var responseSchema = properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(key, out var r) ? r : default;
            target[key] = Convert(description, node, requestSchema, responseSchema);
        }
    }

    /// <summary>Merges <c>metadata[...]</c> into the current metadata.</summary>
    public static JsonObject MergeMetadata(JsonObject? current, FormNode node)
    {
        var result = current?.DeepClone().AsObject() ?? [];
        if (node.Children is null) return node.Value is { Length: 0 } ? [] : result;
        foreach (var (key, child) in node.Children)
        {
            if (key.Length is 0 or > 40) throw ApiErrors.BadRequest($"Invalid metadata key '{ApiErrors.Shorten(key)}': keys must be 1 to 40 characters long.", "metadata");
            var value = child.Value ?? string.Empty;
            if (value.Length > 500) throw ApiErrors.BadRequest($"Invalid metadata value for '{key}': values can be at most 500 characters long.", $"metadata[{key}]");
            if (value.Length == 0) result.Remove(key);
            else result[key] = value;
        }

        if (result.Count > 50) throw ApiErrors.BadRequest("Metadata can have at most 50 keys.", "metadata");
        return result;
    }

    /// <summary>Turns a form value into JSON as the request schema types it.</summary>
    public static JsonNode? Convert(ApiDescription description, FormNode node, JsonElement requestSchema, JsonElement responseSchema)
    {
        var schema = Pick(description, node, requestSchema);
        var type = schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("type", out var t) ? t.GetString() : null;
        if (node.Children is null && node.Value is { Length: 0 })
        {
            if (type == "string" && !(schema.TryGetProperty("enum", out var e) && e.GetArrayLength() == 1)) return string.Empty;
            return ResponseType(description, responseSchema) == "array" ? new JsonArray() : null;
        }

        switch (type)
        {
            case "integer":
                return long.Parse(node.Value!, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            case "number":
                return decimal.Parse(node.Value!, NumberStyles.Float, CultureInfo.InvariantCulture);
            case "boolean":
                return node.Value == "true";
            case "array":
                var items = schema.TryGetProperty("items", out var i) ? i : default;
                var responseItems = Resolve(description, responseSchema) is { ValueKind: JsonValueKind.Object } ra && ra.TryGetProperty("items", out var ri) ? ri : default;
                var array = new JsonArray();
                if (node.Children is null) array.Add(Convert(description, node, items, responseItems));
                else foreach (var child in Ordered(node)) array.Add(Convert(description, child, items, responseItems));
                return array;
            case "object":
                return Object(description, node, schema, responseSchema);
            default:
                return node.Value;
        }
    }

    private static JsonObject Object(ApiDescription description, FormNode node, JsonElement schema, JsonElement responseSchema)
    {
        var result = new JsonObject();
        var response = ObjectVariant(description, responseSchema);
        var responseProperties = response.ValueKind == JsonValueKind.Object && response.TryGetProperty("properties", out var rp) ? rp : default;
        if (responseProperties.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in responseProperties.EnumerateObject()) result[property.Name] = EmptyOf(description, property.Value);
        }

        var properties = schema.TryGetProperty("properties", out var p) ? p : default;
        var additional = schema.TryGetProperty("additionalProperties", out var a) ? a : default;
        foreach (var (key, child) in node.Children ?? [])
        {
            var childSchema = properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(key, out var c) ? c : additional;
            var childResponse = responseProperties.ValueKind == JsonValueKind.Object && responseProperties.TryGetProperty(key, out var cr) ? cr : default;
            result[key] = childSchema.ValueKind == JsonValueKind.Object ? Convert(description, child, childSchema, childResponse) : child.Value;
        }

        return result;
    }

    private static JsonNode? EmptyOf(ApiDescription description, JsonElement schema)
    {
        var resolved = Resolve(description, schema);
        return resolved.ValueKind == JsonValueKind.Object && resolved.TryGetProperty("type", out var t) && t.GetString() == "array"
            && !(resolved.TryGetProperty("nullable", out var n) && n.GetBoolean())
            ? new JsonArray()
            : null;
    }

    private static IEnumerable<FormNode> Ordered(FormNode node) =>
        node.Children!.Select((pair, order) => (pair, order))
            .OrderBy(x => int.TryParse(x.pair.Key, NumberStyles.None, CultureInfo.InvariantCulture, out var i) ? i : int.MaxValue)
            .ThenBy(x => x.order)
            .Select(x => x.pair.Value);

    /// <summary>The variant of an <c>anyOf</c> that fits the value's shape: a hash or list for bracketed values, else a plain one.</summary>
    private static JsonElement Pick(ApiDescription description, FormNode node, JsonElement schema)
    {
        schema = description.Resolve(schema);
        if (schema.ValueKind != JsonValueKind.Object || !schema.TryGetProperty("anyOf", out var anyOf)) return schema;
        var wantsStructure = node.Children is not null;
        JsonElement? plain = null;
        foreach (var variant in anyOf.EnumerateArray())
        {
            var resolved = description.Resolve(variant);
            var type = resolved.TryGetProperty("type", out var t) ? t.GetString() : null;
            var structured = type is "object" or "array";
            if (structured == wantsStructure)
            {
                if (wantsStructure || node.Value is { Length: 0 } == resolved.TryGetProperty("enum", out _)) return resolved;
                plain ??= resolved;
            }
        }

        return plain ?? description.Resolve(anyOf[0]);
    }

    private static JsonElement ObjectVariant(ApiDescription description, JsonElement schema)
    {
        var resolved = Resolve(description, schema);
        if (resolved.ValueKind != JsonValueKind.Object || !resolved.TryGetProperty("anyOf", out var anyOf)) return resolved;
        foreach (var variant in anyOf.EnumerateArray())
        {
            var v = description.Resolve(variant);
            if (v.TryGetProperty("properties", out _)) return v;
        }

        return default;
    }

    private static string? ResponseType(ApiDescription description, JsonElement schema)
    {
        var resolved = Resolve(description, schema);
        return resolved.ValueKind == JsonValueKind.Object && resolved.TryGetProperty("type", out var t) ? t.GetString() : null;
    }

    private static JsonElement Resolve(ApiDescription description, JsonElement schema) =>
        schema.ValueKind == JsonValueKind.Object ? description.Resolve(schema) : default;
}
