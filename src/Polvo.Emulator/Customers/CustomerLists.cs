using System.Text.Json.Nodes;
using Polvo.Emulator.Generic;
using Polvo.Emulator.Http;

namespace Polvo.Emulator.Customers;

/// <summary>
/// A customer's lists that API 2020-08-27 shows only when expanded: <c>subscriptions</c>, <c>tax_ids</c> and
/// <c>sources</c> (the emulator keeps no sources, so that list is empty).
/// </summary>
internal static class CustomerLists
{
    private static readonly (string Field, string? Store, string Parent)[] Lists =
    [
        ("subscriptions", "subscription", "customer"),
        ("tax_ids", "tax_id", "customer"),
        ("sources", null, "customer"),
    ];

    /// <summary>The customer's answer: the fast path's JSON, with the expanded lists added when asked for.</summary>
    public static JsonBody Body(ApiRequest request, CustomerRecord record, HashSet<string> expand)
    {
        if (!Lists.Any(l => expand.Contains(l.Field))) return w => CustomerJson.Write(w, record);
        var customer = JsonNode.Parse(JsonResponse.Render(w => CustomerJson.Write(w, record)))!.AsObject();
        foreach (var (field, store, parent) in Lists)
        {
            if (!expand.Contains(field)) continue;
            var data = new JsonArray();
            var more = false;
            if (store is not null)
            {
                request.State.Generic[store].Scan(long.MaxValue, r =>
                {
                    if (r.Text(parent) != record.Id || (field == "subscriptions" && r.Text("status") == "canceled")) return true;
                    more = data.Count == 10;
                    if (!more) data.Add(r.Data.DeepClone());
                    return !more;
                });
            }

            customer[field] = new JsonObject
            {
                ["object"] = "list", ["data"] = data, ["has_more"] = more, ["total_count"] = data.Count,
                ["url"] = $"/v1/customers/{record.Id}/{field}",
            };
        }

        return w => customer.WriteTo(w);
    }
}
