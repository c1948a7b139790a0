using System.Text.Json.Nodes;
using Polvo.Emulator.Generic;
using Polvo.Emulator.Http;

namespace Polvo.Emulator.Lifecycles;

/// <summary>Subscription items: added to and removed from their subscription's <c>items</c> list.</summary>
internal sealed class SubscriptionItemLifecycle : ResourceLifecycle
{
    public override void BeforeCreate(GenericContext context, JsonObject data)
    {
        var subscriptionId = context.Param("subscription")!;
        var subscription = States.Require(context, "subscription", subscriptionId, "subscription");
        if (subscription.Text("status") == "canceled") throw ApiErrors.BadRequest("You cannot add items to a canceled subscription.", "subscription");
        string? interval = null;
        long count = 1;
        var item = SubscriptionLifecycle.Item(context, context.Form, subscriptionId, string.Empty, context.Now, ref interval, ref count);
        data["price"] = item["price"]?.DeepClone();
        data["quantity"] = item["quantity"]?.DeepClone();
        data["subscription"] = subscriptionId;
    }

    public override GenericRecord AfterCreate(GenericContext context, GenericRecord record)
    {
        ChangeItems(context, record.Text("subscription")!, items => items.Add(record.Data.DeepClone()));
        return record;
    }

    public override ApiResult? Delete(GenericContext context, GenericRecord current)
    {
        ChangeItems(context, current.Text("subscription")!, items =>
        {
            var at = items.ToList().FindIndex(i => i?["id"]?.GetValue<string>() == current.Id);
            if (at >= 0) items.RemoveAt(at);
        });
        return null;
    }

    private static void ChangeItems(GenericContext context, string subscriptionId, Action<JsonArray> change) =>
        context.State.Generic["subscription"].Update(subscriptionId, s =>
        {
            var data = s.Data.DeepClone().AsObject();
            var list = data["items"]!.AsObject();
            change(list["data"]!.AsArray());
            list["total_count"] = list["data"]!.AsArray().Count;
            return s with { Data = data };
        });
}
