using System.Text.Json;

namespace Polvo.Emulator.Spec;

/// <summary>One operation of the description: method, path template and the parameters it takes.</summary>
internal sealed record ApiOperation(string Method, string Template, string[] Segments, RequestShape Request);

/// <summary>The parameters an operation takes: query parameters and form body properties together.</summary>
internal sealed class RequestShape
{
    public Dictionary<string, JsonElement> Properties { get; } = new(StringComparer.Ordinal);

    public List<string> Required { get; } = [];

    public static RequestShape Of(ApiDescription description, JsonElement operation)
    {
        var shape = new RequestShape();
        if (operation.TryGetProperty("parameters", out var parameters))
        {
            foreach (var parameter in parameters.EnumerateArray())
            {
                if (parameter.GetProperty("in").GetString() != "query") continue;
                var name = parameter.GetProperty("name").GetString()!;
                shape.Properties[name] = parameter.GetProperty("schema");
                if (parameter.TryGetProperty("required", out var required) && required.GetBoolean()) shape.Required.Add(name);
            }
        }

        if (operation.TryGetProperty("requestBody", out var body)
            && body.GetProperty("content").TryGetProperty("application/x-www-form-urlencoded", out var form))
        {
            var schema = description.Resolve(form.GetProperty("schema"));
            if (schema.TryGetProperty("properties", out var properties))
            {
                foreach (var property in properties.EnumerateObject()) shape.Properties[property.Name] = property.Value;
            }

            if (schema.TryGetProperty("required", out var required))
            {
                foreach (var name in required.EnumerateArray()) shape.Required.Add(name.GetString()!);
            }
        }

        return shape;
    }
}
