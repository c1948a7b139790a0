using System.Text.Json;
using System.Text.Json.Nodes;

namespace Polvo.Emulator.Spec;

/// <summary>
/// Stripe's OpenAPI description (API 2020-08-27) and its example objects, embedded in the emulator and loaded
/// once per process (while the first emulator seeds its stores).
/// </summary>
internal sealed class ApiDescription
{
    private static readonly Lazy<ApiDescription> Loaded = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly JsonElement _schemas;
    private readonly JsonElement _fixtures;
    private readonly Dictionary<string, JsonElement> _resourceSchemas = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Method, int Count), List<ApiOperation>> _operations = [];
    private readonly Dictionary<string, JsonObject> _templates = new(StringComparer.Ordinal);

    private ApiDescription(JsonDocument spec, JsonDocument fixtures)
    {
        _schemas = spec.RootElement.GetProperty("components").GetProperty("schemas");
        _fixtures = fixtures.RootElement.GetProperty("resources");
        foreach (var schema in _schemas.EnumerateObject())
        {
            if (schema.Value.TryGetProperty("x-resourceId", out var resource)) _resourceSchemas.TryAdd(resource.GetString()!, schema.Value);
        }

        foreach (var path in spec.RootElement.GetProperty("paths").EnumerateObject())
        {
            var segments = path.Name.Split('/', StringSplitOptions.RemoveEmptyEntries);
            foreach (var method in path.Value.EnumerateObject())
            {
                if (method.Name is not ("get" or "post" or "delete")) continue;
                var operation = new ApiOperation(method.Name.ToUpperInvariant(), path.Name, segments, RequestShape.Of(this, method.Value));
                var key = (operation.Method, segments.Length);
                if (!_operations.TryGetValue(key, out var list)) _operations[key] = list = [];
                list.Add(operation);
            }
        }
    }

    public static ApiDescription Shared => Loaded.Value;

    /// <summary>The operation for a concrete path such as <c>/v1/invoices/in_1/pay</c>; literal segments win over parameters.</summary>
    public ApiOperation? Find(string method, ReadOnlySpan<string> segments)
    {
        if (!_operations.TryGetValue((method, segments.Length), out var candidates)) return null;
        ApiOperation? best = null;
        var bestLiterals = -1;
        foreach (var operation in candidates)
        {
            var literals = 0;
            var ok = true;
            for (var i = 0; i < segments.Length && ok; i++)
            {
                var part = operation.Segments[i];
                if (part.StartsWith('{')) continue;
                if (part == segments[i]) literals++;
                else ok = false;
            }

            if (ok && literals > bestLiterals) (best, bestLiterals) = (operation, literals);
        }

        return best;
    }

    /// <summary>The schema of a resource by its <c>object</c> value, such as <c>invoice</c> or <c>checkout.session</c>.</summary>
    public JsonElement? ResourceSchema(string objectType) =>
        _resourceSchemas.TryGetValue(objectType, out var schema) ? schema : null;

    /// <summary>A fresh copy of Stripe's example object for a resource.</summary>
    public JsonObject Fixture(string objectType)
    {
        lock (_templates)
        {
            if (!_templates.TryGetValue(objectType, out var template))
            {
                template = _fixtures.TryGetProperty(objectType, out var fixture)
                    ? JsonNode.Parse(fixture.GetRawText())!.AsObject()
                    : throw new InvalidOperationException($"The fixtures have no example {objectType}.");
                _templates.Add(objectType, template);
            }

            return template.DeepClone().AsObject();
        }
    }

    /// <summary>Follows a <c>$ref</c> to its schema.</summary>
    public JsonElement Resolve(JsonElement schema)
    {
        while (schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("$ref", out var reference))
        {
            schema = _schemas.GetProperty(reference.GetString()!["#/components/schemas/".Length..]);
        }

        return schema;
    }

    private static ApiDescription Load()
    {
        var assembly = typeof(ApiDescription).Assembly;
        using var spec = assembly.GetManifestResourceStream("Polvo.Emulator.spec3.json")!;
        using var fixtures = assembly.GetManifestResourceStream("Polvo.Emulator.fixtures3.json")!;
        return new ApiDescription(JsonDocument.Parse(spec), JsonDocument.Parse(fixtures));
    }
}
