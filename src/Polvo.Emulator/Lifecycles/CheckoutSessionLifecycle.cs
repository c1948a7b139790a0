using System.Text.Json.Nodes;
using Polvo.Emulator.Generic;
using Polvo.Emulator.Http;
using Polvo.Emulator.Spec;
using Polvo.Emulator.Store;

namespace Polvo.Emulator.Lifecycles;

/// <summary>
/// Checkout sessions: open and unpaid when created, with line items from <c>line_items[n][price]</c> and
/// <c>[quantity]</c> (served at <c>/line_items</c> and by <c>expand[]=line_items</c>); expire: open → expired.
/// </summary>
internal sealed class CheckoutSessionLifecycle : ResourceLifecycle
{
    public override void BeforeCreate(GenericContext context, JsonObject data)
    {
        States.RequireCustomer(context, context.Param("customer"));
        var id = data["id"]!.GetValue<string>();
        var items = LineItems(context, "line_items");
        long total = 0;
        foreach (var item in items) total += JsonNumbers.Long(item!["amount_total"]) ?? 0;
        data["mode"] = context.Param("mode") ?? "payment";
        data["status"] = "open";
        data["payment_status"] = "unpaid";
        data["amount_subtotal"] = total;
        data["amount_total"] = total;
        data["currency"] = items.FirstOrDefault()?["currency"]?.DeepClone();
        data["expires_at"] = context.LongParam("expires_at") ?? context.Now + 24 * 3600;
        data["url"] = $"https://checkout.stripe.com/pay/{id}";
        if (context.Form.Child("payment_method_types") is null) data["payment_method_types"] = new JsonArray("card");
        data["line_items"] = States.List($"/v1/checkout/sessions/{id}/line_items", items);
    }

    public override ApiResult? Action(GenericContext context, string method, string action) => (method, action) switch
    {
        ("POST", "expire") => context.Render(Expire(context, context.Current()).Data),
        ("GET", "line_items") => EmbeddedList.Page(context, context.Current().Data["line_items"]?["data"]?.AsArray(), $"/v1/checkout/sessions/{context.Route.Id}/line_items"),
        _ => null,
    };

    /// <summary>Line items (<c>item</c> objects) for <c>NAME[n][price]</c> and <c>NAME[n][quantity]</c>.</summary>
    public static JsonArray LineItems(GenericContext context, string name)
    {
        var result = new JsonArray();
        var index = 0;
        foreach (var (_, node) in context.Form.Child(name)?.Children ?? [])
        {
            var param = $"{name}[{index++}]";
            var priceId = node.Child("price")?.Value ?? throw ApiErrors.MissingParameter(param + "[price]");
            var price = States.Require(context, "price", priceId, param + "[price]");
            var quantity = node.Child("quantity")?.Value is { } q ? long.Parse(q, System.Globalization.CultureInfo.InvariantCulture) : 1;
            var item = ApiDescription.Shared.Fixture("item");
            var amount = price.Number("unit_amount") * quantity;
            item["id"] = Ids.Random("li_", 24);
            item["amount_subtotal"] = amount;
            item["amount_total"] = amount;
            item["currency"] = price.Text("currency");
            item["description"] = context.State.Generic["product"].Get(price.Text("product") ?? string.Empty)?.Text("name") ?? price.Text("nickname");
            item["price"] = price.Data.DeepClone();
            item["quantity"] = quantity;
            result.Add(item);
        }

        return result;
    }

    private static GenericRecord Expire(GenericContext context, GenericRecord session)
    {
        if (session.Text("status") != "open")
        {
            throw ApiErrors.BadRequest($"Only Checkout Sessions with a status in [\"open\"] can be expired; this one is {session.Text("status")}.", null, "checkout_session_not_open");
        }

        var now = context.Now;
        return context.Change(session.Id, data =>
        {
            data["status"] = "expired";
            data["expires_at"] = now;
            data["url"] = null;
        }, "checkout.session.expired");
    }
}
