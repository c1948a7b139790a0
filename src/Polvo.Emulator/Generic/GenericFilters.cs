using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Polvo.Emulator.Http;

namespace Polvo.Emulator.Generic;

/// <summary>
/// A list's own filters (<c>customer</c>, <c>status</c>, <c>active</c>, <c>ids[]</c>, date ranges such as
/// <c>due_date[gte]</c>, a subscription's <c>price</c>, ...): each parameter that names a field of the object keeps
/// the objects whose field has that value (an expanded or embedded object matches by its id). A filter that names
/// no field (such as <c>delivery_success</c> on events) is accepted and keeps everything.
/// </summary>
internal static class GenericFilters
{
    private static readonly HashSet<string> Paging = ["limit", "starting_after", "ending_before", "created", "expand"];

    public static Func<GenericRecord, bool>? Build(GenericContext context)
    {
        var tests = new List<Func<GenericRecord, bool>>();
        if (context.Route.ParentId is { } parentId && context.Route.ParentField is { } parentField)
        {
            tests.Add(r => Id(r.Data[parentField]) == parentId);
        }

        var properties = context.Schema is { } schema && schema.TryGetProperty("properties", out var p) ? p : default;
        foreach (var (key, node) in context.Form.Children ?? [])
        {
            if (Paging.Contains(key)) continue;
            if (key == "ids")
            {
                var ids = new HashSet<string>(node.Children?.Select(c => c.Value.Value ?? string.Empty) ?? [node.Value ?? string.Empty], StringComparer.Ordinal);
                tests.Add(r => ids.Contains(r.Id));
                continue;
            }

            if (key == "price" && context.Type.Object == "subscription")
            {
                var price = node.Value;
                tests.Add(r => r.Data["items"]?["data"]?.AsArray().Any(i => Id(i?["price"]) == price) == true);
                continue;
            }

            if (properties.ValueKind != JsonValueKind.Object || !properties.TryGetProperty(key, out _)) continue;
            if (key == "status" && node.Value == "all") continue;
            tests.Add(node.Children is null ? Equal(key, node.Value ?? string.Empty) : Range(key, node));
        }

        if (context.Type.Object == "subscription" && context.Form.Child("status") is null)
        {
            // Stripe lists subscriptions that are not canceled unless status says otherwise.
            tests.Add(r => r.Text("status") != "canceled");
        }

        return tests.Count == 0 ? null : r => tests.TrueForAll(t => t(r));
    }

    private static Func<GenericRecord, bool> Equal(string key, string value) => r => Id(r.Data[key]) == value;

    private static Func<GenericRecord, bool> Range(string key, FormNode node)
    {
        long Bound(string name, long fallback) =>
            node.Child(name)?.Value is { } text && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v) ? v : fallback;
        var gt = Bound("gt", long.MinValue);
        var gte = Bound("gte", long.MinValue);
        var lt = Bound("lt", long.MaxValue);
        var lte = Bound("lte", long.MaxValue);
        return r => JsonNumbers.Long(r.Data[key]) is long n && n > gt && n >= gte && n < lt && n <= lte;
    }

    /// <summary>A field's value as filter text: an id for objects, <c>true</c>/<c>false</c> for booleans.</summary>
    public static string? Id(JsonNode? node) => node switch
    {
        null => null,
        JsonObject o => o["id"]?.ToString(),
        JsonValue v when v.TryGetValue<bool>(out var b) => b ? "true" : "false",
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        _ => node.ToJsonString(),
    };
}
