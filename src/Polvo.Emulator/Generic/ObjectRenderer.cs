using System.Text.Json.Nodes;
using Polvo.Emulator.Charges;
using Polvo.Emulator.Customers;
using Polvo.Emulator.Hosting;
using Polvo.Emulator.Http;
using Polvo.Emulator.Spec;

namespace Polvo.Emulator.Generic;

/// <summary>Renders generic objects with <c>expand[]</c> applied; finds any object by id for expansion.</summary>
internal sealed class ObjectRenderer
{
    private readonly EmulatorState _state;
    private readonly Expander _expander;

    public ObjectRenderer(EmulatorState state)
    {
        _state = state;
        _expander = new Expander(Lookup);
    }

    public JsonBody Body(JsonObject data, IReadOnlyList<string> expand)
    {
        var node = Expand(data, expand);
        return w => node.WriteTo(w);
    }

    public JsonObject Expand(JsonObject data, IReadOnlyList<string> expand)
    {
        if (data.ContainsKey("line_items") && !expand.Any(p => p == "line_items" || p.StartsWith("line_items.", StringComparison.Ordinal)))
        {
            // Sessions and payment links keep their line items, but Stripe shows them only when expanded.
            data = data.DeepClone().AsObject();
            data.Remove("line_items");
        }

        if (expand.Count == 0) return data;
        var kind = data["object"]?.GetValue<string>() ?? string.Empty;
        var schema = ApiDescription.Shared.ResourceSchema(kind);
        return schema is null ? data : _expander.Apply(data, schema.Value, expand);
    }

    /// <summary>Any stored object by id, as JSON; null when none.</summary>
    public JsonObject? Lookup(string id)
    {
        if (id.StartsWith("cus_", StringComparison.Ordinal))
        {
            var customer = _state.Customers.Get(id, out var deleted);
            if (customer is not null) return Parse(JsonResponse.Render(w => CustomerJson.Write(w, customer)));
            return deleted ? Parse(JsonResponse.Render(w => CustomerJson.WriteDeleted(w, id))) : null;
        }

        if (id.StartsWith("ch_", StringComparison.Ordinal))
        {
            var charge = _state.Charges.Get(id);
            return charge is null ? null : Parse(JsonResponse.Render(w => ChargeJson.Write(w, charge, null)));
        }

        var record = _state.Generic.Find(id, out _) ?? _state.Generic["coupon"].Get(id);
        return record?.Data.DeepClone().AsObject();
    }

    private static JsonObject Parse(byte[] json) => JsonNode.Parse(json)!.AsObject();
}
