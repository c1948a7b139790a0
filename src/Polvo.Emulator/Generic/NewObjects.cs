using System.Text.Json;
using System.Text.Json.Nodes;
using Polvo.Emulator.Spec;

namespace Polvo.Emulator.Generic;

/// <summary>
/// Builds new objects from Stripe's example objects: <c>id</c> and <c>object</c> first as Stripe renders them, fresh
/// id, created time and <c>livemode: false</c>; every field the description says may be null starts null (the
/// example's descriptions and ids of other objects are not the new object's), embedded lists start empty.
/// </summary>
internal static class NewObjects
{
    /// <summary>The placeholder time of Stripe's example objects.</summary>
    private const long ExampleTime = 1234567890;

    public static JsonObject New(ResourceType type, string id, long created)
    {
        var description = ApiDescription.Shared;
        var example = description.Fixture(type.Object);
        var data = new JsonObject { ["id"] = id, ["object"] = example["object"]?.DeepClone() };
        var schema = description.ResourceSchema(type.Object);
        var properties = schema is { } s && s.TryGetProperty("properties", out var p) ? p : default;
        foreach (var (name, value) in example.ToList())
        {
            if (name is "id" or "object") continue;
            example.Remove(name);
            data[name] = value;
            var property = properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(name, out var ps) ? ps : default;
            if (value is JsonObject list && list["object"]?.GetValue<string>() == "list")
            {
                list["data"] = new JsonArray();
                list["has_more"] = false;
                if (list.ContainsKey("total_count")) list["total_count"] = 0;
                list["url"] = $"{type.Collection}/{id}/{name}";
            }
            else if (property.ValueKind == JsonValueKind.Object && property.TryGetProperty("nullable", out var nullable) && nullable.GetBoolean())
            {
                // The example's optional values (descriptions, other objects' ids) are not the new object's.
                data[name] = null;
            }
            else if (value is JsonValue v && v.TryGetValue<long>(out var number) && number == ExampleTime)
            {
                data[name] = created;
            }
        }

        data["id"] = id;
        if (data.ContainsKey("created")) data["created"] = created;
        if (data.ContainsKey("livemode")) data["livemode"] = false;
        if (data.ContainsKey("metadata")) data["metadata"] = new JsonObject();
        return data;
    }
}
