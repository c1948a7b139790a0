using System.Text.Json;
using System.Text.Json.Nodes;
using Polvo.Emulator.Spec;

namespace Polvo.Emulator.Generic;

/// <summary>
/// Builds new objects from Stripe's example objects: fresh id, created time and <c>livemode: false</c>; references
/// to other objects that may be null are cleared (the example's ids point nowhere), embedded lists emptied.
/// </summary>
internal static class NewObjects
{
    public static JsonObject New(ResourceType type, string id, long created)
    {
        var description = ApiDescription.Shared;
        var data = description.Fixture(type.Object);
        data["id"] = id;
        if (data.ContainsKey("created")) data["created"] = created;
        if (data.ContainsKey("livemode")) data["livemode"] = false;
        if (data.ContainsKey("metadata")) data["metadata"] = new JsonObject();
        if (description.ResourceSchema(type.Object) is { } schema && schema.TryGetProperty("properties", out var properties))
        {
            foreach (var property in properties.EnumerateObject())
            {
                var value = data[property.Name];
                if (value is JsonObject list && list["object"]?.GetValue<string>() == "list")
                {
                    list["data"] = new JsonArray();
                    list["has_more"] = false;
                    if (list.ContainsKey("total_count")) list["total_count"] = 0;
                    list["url"] = $"{type.Collection}/{id}/{property.Name}";
                }
                else if (value is JsonValue && IsNullableReference(property.Value))
                {
                    data[property.Name] = null;
                }
            }
        }

        return data;
    }

    private static bool IsNullableReference(JsonElement property) =>
        property.TryGetProperty("nullable", out var nullable) && nullable.GetBoolean()
        && (property.TryGetProperty("x-expansionResources", out _) || property.TryGetProperty("anyOf", out _));
}
