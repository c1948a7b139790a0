using System.Text.Json.Nodes;
using Polvo.Emulator.Generic;
using Polvo.Emulator.Http;
using Polvo.Emulator.Store;

namespace Polvo.Emulator.Lifecycles;

/// <summary>Payment links: active, with a URL and line items (served at <c>/line_items</c> and by <c>expand[]=line_items</c>).</summary>
internal sealed class PaymentLinkLifecycle : ResourceLifecycle
{
    public override void BeforeCreate(GenericContext context, JsonObject data)
    {
        var id = data["id"]!.GetValue<string>();
        data["active"] = context.BoolParam("active") ?? true;
        data["url"] = "https://buy.stripe.com/test_" + Ids.Random(string.Empty, 14);
        data["line_items"] = States.List($"/v1/payment_links/{id}/line_items", CheckoutSessionLifecycle.LineItems(context, "line_items"));
    }

    public override ApiResult? Action(GenericContext context, string method, string action) => (method, action) switch
    {
        ("GET", "line_items") => EmbeddedList.Page(context, context.Current().Data["line_items"]?["data"]?.AsArray(), $"/v1/payment_links/{context.Route.Id}/line_items"),
        _ => null,
    };
}
