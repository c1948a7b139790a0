using System.Globalization;
using System.Text.Json;
using Polvo.Emulator.Http;

namespace Polvo.Emulator.Spec;

/// <summary>
/// Checks a request's parameters against the operation's request schema at any depth, as Stripe does: unknown
/// parameters, wrong types, values outside an enum, over-long strings and missing required parameters, each
/// named by its bracket path (<c>shipping[address][city]</c>) in Stripe's error envelope.
/// </summary>
internal sealed class SchemaValidator(ApiDescription description)
{
    public void Validate(FormNode root, RequestShape shape)
    {
        foreach (var (key, child) in root.Children ?? [])
        {
            if (!shape.Properties.TryGetValue(key, out var schema)) throw ApiErrors.UnknownParameter(key);
            Value(child, schema, key);
        }

        foreach (var name in shape.Required)
        {
            var child = root.Child(name);
            if (child is null || (child.Children is null && string.IsNullOrEmpty(child.Value))) throw ApiErrors.MissingParameter(name);
        }
    }

    private void Value(FormNode node, JsonElement schema, string path)
    {
        schema = description.Resolve(schema);
        if (schema.TryGetProperty("anyOf", out var anyOf))
        {
            AnyOf(node, anyOf, path);
            return;
        }

        var type = schema.TryGetProperty("type", out var t) ? t.GetString() : null;
        switch (type)
        {
            case "object":
                Object(node, schema, path);
                break;
            case "array":
                Array(node, schema, path);
                break;
            case "integer":
                if (node.Children is not null || !long.TryParse(node.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _))
                {
                    throw ApiErrors.InvalidInteger(path, Text(node));
                }

                break;
            case "number":
                if (node.Children is not null || !decimal.TryParse(node.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
                {
                    throw ApiErrors.BadRequest($"Invalid decimal: {ApiErrors.Shorten(Text(node))}", path, "parameter_invalid_decimal");
                }

                break;
            case "boolean":
                if (node.Children is not null || node.Value is not ("true" or "false")) throw ApiErrors.InvalidBoolean(path, Text(node));
                break;
            default:
                String(node, schema, path);
                break;
        }
    }

    private void AnyOf(FormNode node, JsonElement anyOf, string path)
    {
        ApiException? first = null;
        foreach (var variant in anyOf.EnumerateArray())
        {
            var resolved = description.Resolve(variant);
            var isObject = resolved.TryGetProperty("type", out var type) && type.GetString() is "object" or "array";
            try
            {
                Value(node, resolved, path);
                return;
            }
            catch (ApiException error)
            {
                // Report the error of the variant the value looks like (a hash for bracketed values, else a plain value).
                if (first is null || (node.Children is not null) == isObject) first = error;
            }
        }

        throw first!;
    }

    private void Object(FormNode node, JsonElement schema, string path)
    {
        if (node.Children is null)
        {
            if (node.Value is { Length: 0 }) return;
            throw ApiErrors.BadRequest($"Invalid object: {path} must be a hash such as {path}[key]=value.", path, "parameter_invalid_object");
        }

        var properties = schema.TryGetProperty("properties", out var p) ? p : default;
        var additional = schema.TryGetProperty("additionalProperties", out var a) ? a : default;
        foreach (var (key, child) in node.Children)
        {
            var childPath = $"{path}[{key}]";
            if (properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(key, out var childSchema)) Value(child, childSchema, childPath);
            else if (additional.ValueKind == JsonValueKind.Object) Value(child, additional, childPath);
            else if (properties.ValueKind != JsonValueKind.Object && additional.ValueKind != JsonValueKind.False) continue;
            else throw ApiErrors.UnknownParameter(childPath);
        }

        if (schema.TryGetProperty("required", out var required))
        {
            foreach (var name in required.EnumerateArray())
            {
                var key = name.GetString()!;
                var child = node.Child(key);
                if (child is null || (child.Children is null && string.IsNullOrEmpty(child.Value))) throw ApiErrors.MissingParameter($"{path}[{key}]");
            }
        }
    }

    private void Array(FormNode node, JsonElement schema, string path)
    {
        var items = schema.TryGetProperty("items", out var i) ? i : default;
        if (node.Children is null)
        {
            // name=value or an empty value (which empties an emptyable list) are taken as they are.
            if (node.Value is { Length: > 0 } && items.ValueKind == JsonValueKind.Object) Value(node, items, path);
            return;
        }

        foreach (var (key, child) in node.Children)
        {
            if (key.Length > 0 && !int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out _))
            {
                throw ApiErrors.BadRequest($"Invalid array: {path} takes {path}[]=value or {path}[0]=value, not {path}[{ApiErrors.Shorten(key)}].", path, "parameter_invalid_array");
            }

            if (items.ValueKind == JsonValueKind.Object) Value(child, items, $"{path}[{key}]");
        }
    }

    private static void String(FormNode node, JsonElement schema, string path)
    {
        if (node.Children is not null)
        {
            throw ApiErrors.BadRequest($"Invalid string: {{...}} for {path}; expected a plain value.", path, "parameter_invalid_string");
        }

        var value = node.Value ?? string.Empty;
        if (schema.TryGetProperty("enum", out var values))
        {
            var allowed = values.EnumerateArray().Select(v => v.GetString() ?? string.Empty).ToList();
            if (!allowed.Contains(value, StringComparer.Ordinal))
            {
                var shown = allowed.Where(v => v.Length > 0).ToList();
                var list = shown.Count <= 1 ? string.Join(string.Empty, shown) : string.Join(", ", shown.Take(shown.Count - 1)) + ", or " + shown[^1];
                throw ApiErrors.BadRequest($"Invalid {path}: must be one of {list}", path);
            }
        }

        if (schema.TryGetProperty("maxLength", out var max) && value.Length > max.GetInt32())
        {
            throw ApiErrors.BadRequest($"Invalid {path}: must be at most {max.GetInt32()} characters", path);
        }
    }

    private static string Text(FormNode node) => node.Children is null ? node.Value ?? string.Empty : "{...}";
}
