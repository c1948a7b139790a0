using System.Globalization;
using System.Text.Json;

namespace Polvo.Core.Tests.Stripe.Generated;

/// <summary>
/// Checks encoded form parameters (<c>a[b][0]=v</c>) against an operation's request schema the way Stripe's API does:
/// no unknown parameter at any depth, scalar types, enums, arrays as <c>[0]</c>, <c>[1]</c>, required fields.
/// Written for the tests (Stripe's own mock checks only the top level).
/// </summary>
internal static class FormSchemaValidator
{
    /// <summary>The parameters an operation takes: query parameters and the form body's properties, with which are required.</summary>
    public static (Dictionary<string, JsonElement> Parameters, HashSet<string> Required) Parameters(string method, string path)
    {
        var operation = SpecFiles.Spec.GetProperty("paths").GetProperty(path).GetProperty(method);
        var parameters = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        var required = new HashSet<string>(StringComparer.Ordinal);
        foreach (var parameter in operation.TryGetProperty("parameters", out var ps) ? ps.EnumerateArray() : default)
        {
            if (parameter.GetProperty("in").GetString() == "query")
            {
                var name = parameter.GetProperty("name").GetString()!;
                parameters[name] = parameter.GetProperty("schema");
                if (parameter.TryGetProperty("required", out var r) && r.GetBoolean())
                {
                    required.Add(name);
                }
            }
        }

        if (operation.TryGetProperty("requestBody", out var body) && body.GetProperty("content").TryGetProperty("application/x-www-form-urlencoded", out var form))
        {
            var schema = form.GetProperty("schema");
            foreach (var property in schema.TryGetProperty("properties", out var ps2) ? ps2.EnumerateObject() : default)
            {
                parameters[property.Name] = property.Value;
            }

            foreach (var name in schema.TryGetProperty("required", out var rs) ? rs.EnumerateArray().Select(r => r.GetString()!) : [])
            {
                required.Add(name);
            }
        }

        return (parameters, required);
    }

    public static List<string> Validate(IEnumerable<KeyValuePair<string, string>> pairs, Dictionary<string, JsonElement> parameters, HashSet<string> required)
    {
        var root = new Node();
        var errors = new List<string>();
        foreach (var (key, value) in pairs)
        {
            root.Add(Segments(key), value, key, errors);
        }

        foreach (var (name, child) in root.Children)
        {
            if (parameters.TryGetValue(name, out var schema))
            {
                Check(child, schema, name, errors);
            }
            else
            {
                errors.Add($"{name}: not a parameter of this operation");
            }
        }

        errors.AddRange(required.Where(r => !root.Children.ContainsKey(r)).Select(r => $"{r}: required but not sent"));
        return errors;
    }

    private static List<string> Segments(string key)
    {
        var open = key.IndexOf('[', StringComparison.Ordinal);
        if (open < 0)
        {
            return [key];
        }

        var segments = new List<string> { key[..open] };
        foreach (var part in key[open..].Split(']', StringSplitOptions.RemoveEmptyEntries))
        {
            segments.Add(part.TrimStart('['));
        }

        return segments;
    }

    private static void Check(Node node, JsonElement schema, string path, List<string> errors)
    {
        schema = SpecFiles.Resolve(schema);
        if (schema.TryGetProperty("anyOf", out var variants))
        {
            var attempts = variants.EnumerateArray().Select(v =>
            {
                var attempt = new List<string>();
                Check(node, v, path, attempt);
                return attempt;
            }).ToList();
            if (attempts.All(a => a.Count > 0))
            {
                errors.Add($"{path}: matches none of its {attempts.Count} forms (" + string.Join("; ", attempts.Select(a => a[0])) + ")");
            }

            return;
        }

        var type = schema.TryGetProperty("type", out var t) ? t.GetString() : null;
        if (type is "object" or "array")
        {
            if (node.Value is not null)
            {
                errors.Add($"{path}: a {type} was expected, got the value '{node.Value}'");
                return;
            }

            if (type == "array")
            {
                var items = schema.GetProperty("items");
                var index = 0;
                foreach (var (key, child) in node.Children.OrderBy(c => int.TryParse(c.Key, out var i) ? i : int.MaxValue))
                {
                    if (key != (index++).ToString(CultureInfo.InvariantCulture))
                    {
                        errors.Add($"{path}[{key}]: arrays are sent as [0], [1], ...");
                    }

                    Check(child, items, $"{path}[{key}]", errors);
                }

                return;
            }

            var properties = schema.TryGetProperty("properties", out var ps) ? ps : default;
            foreach (var (key, child) in node.Children)
            {
                if (properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(key, out var property))
                {
                    Check(child, property, $"{path}[{key}]", errors);
                }
                else if (schema.TryGetProperty("additionalProperties", out var values) && values.ValueKind != JsonValueKind.False)
                {
                    if (values.ValueKind == JsonValueKind.Object)
                    {
                        Check(child, values, $"{path}[{key}]", errors);
                    }
                }
                else if (properties.ValueKind == JsonValueKind.Object || schema.TryGetProperty("additionalProperties", out _))
                {
                    errors.Add($"{path}[{key}]: unknown parameter");
                }
            }

            foreach (var name in schema.TryGetProperty("required", out var rs) ? rs.EnumerateArray().Select(r => r.GetString()!) : [])
            {
                if (!node.Children.ContainsKey(name))
                {
                    errors.Add($"{path}[{name}]: required but not sent");
                }
            }

            return;
        }

        if (node.Value is null)
        {
            errors.Add($"{path}: a value was expected, got nested parameters");
            return;
        }

        var value = node.Value;
        if (schema.TryGetProperty("enum", out var allowed) && !allowed.EnumerateArray().Any(a => a.ValueKind == JsonValueKind.String ? a.GetString() == value : a.GetRawText() == value))
        {
            errors.Add($"{path}: '{value}' is not one of {allowed.GetRawText()}");
            return;
        }

        var ok = type switch
        {
            "integer" => long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _),
            "number" => decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out _),
            "boolean" => value is "true" or "false",
            "string" => !schema.TryGetProperty("maxLength", out var max) || value.Length <= max.GetInt32(),
            _ => true,
        };
        if (!ok)
        {
            errors.Add($"{path}: '{value}' is not a valid {type}");
        }
    }

    private sealed class Node
    {
        public string? Value { get; private set; }

        public SortedDictionary<string, Node> Children { get; } = new(StringComparer.Ordinal);

        public void Add(List<string> segments, string value, string key, List<string> errors)
        {
            var node = this;
            foreach (var segment in segments)
            {
                if (!node.Children.TryGetValue(segment, out var child))
                {
                    node.Children[segment] = child = new Node();
                }

                node = child;
            }

            if (node.Value is not null || node.Children.Count > 0)
            {
                errors.Add($"{key}: sent twice");
            }

            node.Value = value;
        }
    }
}
