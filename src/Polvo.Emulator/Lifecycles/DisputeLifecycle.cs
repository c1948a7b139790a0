using Polvo.Emulator.Generic;
using Polvo.Emulator.Http;

namespace Polvo.Emulator.Lifecycles;

/// <summary>Disputes (opened by charging <c>tok_createDispute</c> or <c>pm_card_createDispute</c>): close concedes them (status lost).</summary>
internal sealed class DisputeLifecycle : ResourceLifecycle
{
    public override ApiResult? Action(GenericContext context, string method, string action)
    {
        if ((method, action) != ("POST", "close")) return null;
        var dispute = context.Current();
        if (dispute.Text("status") is not ("needs_response" or "warning_needs_response" or "under_review" or "warning_under_review"))
        {
            throw ApiErrors.BadRequest($"This dispute is already closed (status {dispute.Text("status")}).", null, "dispute_already_closed");
        }

        var closed = context.Change(dispute.Id, data =>
        {
            data["status"] = "lost";
            data["is_charge_refundable"] = false;
        }, "charge.dispute.closed");
        return context.Render(closed.Data);
    }
}
