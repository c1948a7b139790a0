using System.Text.Json.Nodes;
using Polvo.Emulator.Generic;
using Polvo.Emulator.Http;

namespace Polvo.Emulator.Lifecycles;

/// <summary>Coupons: exactly one of <c>percent_off</c> or <c>amount_off</c> (with <c>currency</c>); valid and unredeemed when made.</summary>
internal sealed class CouponLifecycle : ResourceLifecycle
{
    public override void BeforeCreate(GenericContext context, JsonObject data)
    {
        var percent = context.Param("percent_off");
        var amount = context.Param("amount_off");
        if ((percent is null) == (amount is null)) throw ApiErrors.BadRequest("You must pass exactly one of percent_off or amount_off.", percent is null ? "percent_off" : "amount_off");
        if (amount is not null && context.Param("currency") is null) throw ApiErrors.MissingParameter("currency");
        if (context.Param("duration") == "repeating" && context.Param("duration_in_months") is null) throw ApiErrors.MissingParameter("duration_in_months");
        data["duration"] = context.Param("duration") ?? "once";
        data["valid"] = true;
        data["times_redeemed"] = 0;
    }
}
