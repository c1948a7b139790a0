using System.Text.Json.Nodes;
using Polvo.Emulator.Generic;
using Polvo.Emulator.Http;

namespace Polvo.Emulator.Lifecycles;

/// <summary>Subscription schedules: not started (or active from now) when made; cancel → canceled, release → released.</summary>
internal sealed class SubscriptionScheduleLifecycle : ResourceLifecycle
{
    public override void BeforeCreate(GenericContext context, JsonObject data)
    {
        var customer = context.Param("customer");
        if (customer is null && context.Param("from_subscription") is { } subscriptionId)
        {
            customer = States.Require(context, "subscription", subscriptionId, "from_subscription").Text("customer");
        }

        if (customer is null) throw ApiErrors.MissingParameter("customer");
        States.RequireCustomer(context, customer);
        var start = context.Param("start_date");
        data["customer"] = customer;
        data["status"] = start is null or "now" ? "active" : "not_started";
        data["end_behavior"] = context.Param("end_behavior") ?? "release";
        data["canceled_at"] = null;
        data["completed_at"] = null;
        data["released_at"] = null;
        data["subscription"] = context.Param("from_subscription");
    }

    public override ApiResult? Action(GenericContext context, string method, string action) => (method, action) switch
    {
        ("POST", "cancel") => context.Render(End(context, "canceled", "canceled_at", "subscription_schedule.canceled").Data),
        ("POST", "release") => context.Render(End(context, "released", "released_at", "subscription_schedule.released").Data),
        _ => null,
    };

    private static GenericRecord End(GenericContext context, string status, string field, string eventType)
    {
        var schedule = context.Current();
        States.Require(schedule, status == "canceled" ? "cancel" : "release", "subscription_schedule_unexpected_state", "not_started", "active");
        var now = context.Now;
        return context.Change(schedule.Id, data =>
        {
            data["status"] = status;
            data[field] = now;
        }, eventType);
    }
}
