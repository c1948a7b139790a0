using System.Text.Json.Nodes;
using Polvo.Emulator.Generic;
using Polvo.Emulator.Http;
using Polvo.Emulator.Store;

namespace Polvo.Emulator.Lifecycles;

/// <summary>Promotion codes: for an existing coupon (embedded as Stripe embeds it), with a code made up when none is given.</summary>
internal sealed class PromotionCodeLifecycle : ResourceLifecycle
{
    public override void BeforeCreate(GenericContext context, JsonObject data)
    {
        var couponId = context.Param("coupon")!;
        var coupon = context.State.Generic["coupon"].Get(couponId) ?? throw ApiErrors.NoSuch("coupon", couponId, "coupon", 400);
        States.RequireCustomer(context, context.Param("customer"));
        data["coupon"] = coupon.Data.DeepClone();
        data["code"] = context.Param("code") ?? Ids.Random(string.Empty, 8).ToUpperInvariant();
        data["active"] = context.BoolParam("active") ?? true;
        data["times_redeemed"] = 0;
    }
}
