using System.Text.Json.Nodes;
using Polvo.Emulator.Generic;
using Polvo.Emulator.Http;
using Polvo.Emulator.Store;

namespace Polvo.Emulator.Lifecycles;

/// <summary>
/// Subscriptions: created active (trialing with a trial) for a customer and recurring prices, each item stored as a
/// subscription item; the current period follows the first price's interval. <c>DELETE</c> cancels: status
/// canceled, <c>canceled_at</c> and <c>ended_at</c> set, <c>customer.subscription.deleted</c> recorded.
/// </summary>
internal sealed class SubscriptionLifecycle : ResourceLifecycle
{
    public override void BeforeCreate(GenericContext context, JsonObject data)
    {
        States.RequireCustomer(context, context.Param("customer"));
        var items = context.Form.Child("items");
        if (items?.Children is not { Count: > 0 }) throw ApiErrors.MissingParameter("items");
        var id = data["id"]!.GetValue<string>();
        var now = context.Now;
        var list = new JsonArray();
        string? interval = null;
        long intervalCount = 1;
        var index = 0;
        foreach (var (_, item) in items.Children)
        {
            list.Add(Item(context, item, id, $"items[{index++}]", now, ref interval, ref intervalCount));
        }

        long? trialEnd = context.LongParam("trial_end") ?? (context.LongParam("trial_period_days") is { } days ? now + days * 86400 : null);
        var periodEnd = trialEnd ?? End(now, interval ?? "month", intervalCount);
        data["items"] = States.List($"/v1/subscription_items?subscription={id}", list);
        data["status"] = trialEnd is null ? "active" : "trialing";
        data["trial_start"] = trialEnd is null ? null : now;
        data["trial_end"] = trialEnd;
        data["start_date"] = now;
        data["billing_cycle_anchor"] = periodEnd;
        data["current_period_start"] = now;
        data["current_period_end"] = periodEnd;
        data["collection_method"] = context.Param("collection_method") ?? "charge_automatically";
        data["cancel_at_period_end"] = context.BoolParam("cancel_at_period_end") ?? false;
        data["canceled_at"] = null;
        data["ended_at"] = null;
    }

    public override GenericRecord AfterCreate(GenericContext context, GenericRecord record)
    {
        var store = context.State.Generic["subscription_item"];
        foreach (var item in record.Data["items"]!["data"]!.AsArray())
        {
            var data = item!.DeepClone().AsObject();
            var itemId = data["id"]!.GetValue<string>();
            store.AddWithId(itemId, record.Created, (_, seq) => new GenericRecord(itemId, seq, record.Created, data));
        }

        return record;
    }

    public override Action<JsonObject>? BeforeUpdate(GenericContext context, GenericRecord current)
    {
        if (current.Text("status") == "canceled" && (context.Form.Children ?? []).Any(c => c.Key is not ("metadata" or "expand")))
        {
            throw ApiErrors.BadRequest("A canceled subscription can only update its metadata.", null);
        }

        if (context.BoolParam("cancel_at_period_end") is not { } atEnd) return null;
        var end = current.Number("current_period_end");
        var now = context.Now;
        return data =>
        {
            data["cancel_at"] = atEnd ? end : null;
            data["canceled_at"] = atEnd ? now : null;
        };
    }

    public override ApiResult? Delete(GenericContext context, GenericRecord current)
    {
        if (current.Text("status") == "canceled") throw ApiErrors.NoSuch("subscription", current.Id);
        var now = context.Now;
        var canceled = context.Change(current.Id, data =>
        {
            data["status"] = "canceled";
            data["canceled_at"] = now;
            data["ended_at"] = now;
        }, "customer.subscription.deleted");
        return context.Render(canceled.Data);
    }

    /// <summary>A subscription item for <c>items[n][price]</c> (a recurring price) and <c>items[n][quantity]</c>.</summary>
    public static JsonObject Item(GenericContext context, FormNode item, string subscriptionId, string param, long now, ref string? interval, ref long intervalCount)
    {
        var priceParam = param.Length == 0 ? "price" : param + "[price]";
        var priceId = item.Child("price")?.Value ?? item.Child("plan")?.Value ?? throw ApiErrors.MissingParameter(priceParam);
        var price = States.Require(context, "price", priceId, priceParam);
        if (price.Text("type") != "recurring")
        {
            throw ApiErrors.BadRequest($"The price specified is set to `type=one_time` but this field only accepts prices with `type=recurring`.", priceParam);
        }

        interval ??= price.Data["recurring"]?["interval"]?.GetValue<string>();
        intervalCount = JsonNumbers.Long(price.Data["recurring"]?["interval_count"]) ?? 1;
        var data = NewObjects.New(context.State.Generic.Type("subscription_item"), Ids.Random("si_", 14), now);
        data["price"] = price.Data.DeepClone();
        data["quantity"] = item.Child("quantity")?.Value is { } q ? long.Parse(q, System.Globalization.CultureInfo.InvariantCulture) : 1;
        data["subscription"] = subscriptionId;
        return data;
    }

    private static long End(long start, string interval, long count)
    {
        var from = DateTimeOffset.FromUnixTimeSeconds(start);
        var n = (int)Math.Max(1, count);
        return (interval switch
        {
            "day" => from.AddDays(n),
            "week" => from.AddDays(7 * n),
            "year" => from.AddYears(n),
            _ => from.AddMonths(n),
        }).ToUnixTimeSeconds();
    }
}
