using System.Text.Json.Nodes;
using Polvo.Emulator.Charges;
using Polvo.Emulator.Generic;
using Polvo.Emulator.Http;

namespace Polvo.Emulator.Lifecycles;

/// <summary>
/// Refunds (<c>POST /v1/refunds</c> or <c>/v1/charges/{charge}/refunds</c>): by charge or payment intent, in full or
/// for <c>amount</c> up to what is left; the charge's <c>amount_refunded</c>, <c>refunded</c> and <c>refunds</c>
/// change, and a refund balance transaction is booked. Cancel (<c>POST /v1/refunds/{refund}/cancel</c>) takes only a
/// refund in <c>requires_action</c> (which card refunds, and so test mode, never reach) to <c>canceled</c> and gives its
/// amount back to the charge; any other status is Stripe's 400.
/// </summary>
internal sealed class RefundLifecycle : ResourceLifecycle
{
    public override void BeforeCreate(GenericContext context, JsonObject data)
    {
        var chargeId = context.Route.ParentId ?? context.Param("charge");
        if (chargeId is null && context.Param("payment_intent") is { } intentId)
        {
            var intent = States.Require(context, "payment_intent", intentId, "payment_intent");
            chargeId = intent.Data["charges"]?["data"]?.AsArray().LastOrDefault(c => c?["status"]?.GetValue<string>() == "succeeded")?["id"]?.GetValue<string>()
                ?? throw ApiErrors.BadRequest($"This PaymentIntent ({intentId}) does not have a successful charge to refund.", "payment_intent");
        }

        if (chargeId is null) throw ApiErrors.BadRequest("One of the following params should be provided for this request: payment_intent or charge.", "charge", "parameter_missing");
        var charge = context.State.Charges.Get(chargeId) ?? throw ApiErrors.NoSuch("charge", chargeId, "charge", 400);
        if (charge.Failed) throw ApiErrors.BadRequest($"Charge {charge.Id} has failed and cannot be refunded.", "charge");
        var left = charge.Amount - charge.AmountRefunded;
        if (left <= 0) throw ApiErrors.BadRequest($"Charge {charge.Id} has already been refunded.", "charge", "charge_already_refunded");
        var amount = context.LongParam("amount") ?? left;
        if (amount < 1 || amount > left)
        {
            throw ApiErrors.BadRequest($"Refund amount ({amount}) is greater than unrefunded amount on charge ({left}).", "amount", "amount_too_large");
        }

        data["amount"] = amount;
        data["charge"] = charge.Id;
        data["currency"] = charge.Currency;
        data["payment_intent"] = charge.PaymentIntentId;
        data["status"] = "succeeded";
        data["balance_transaction"] = charge.Captured
            ? ChargeMaker.Book(context.State, context.Request, charge, -amount, "refund", source: data["id"]!.GetValue<string>())
            : null;
    }

    public override GenericRecord AfterCreate(GenericContext context, GenericRecord record)
    {
        var amount = record.Number("amount");
        ChargeRecord? before = null;
        var snapshot = record.Data.DeepClone().AsObject();
        var charge = context.State.Charges.Update(record.Text("charge")!, c => (before = c) with
        {
            AmountRefunded = c.AmountRefunded + amount,
            Refunds = [snapshot, .. c.Refunds],
        });
        if (charge is not null) context.State.RecordEvent("charge.refunded", ChargeMaker.Body(charge), ChargeMaker.Body(before!), context.Request);
        return record;
    }

    public override ApiResult? Action(GenericContext context, string method, string action) => (method, action) switch
    {
        ("POST", "cancel") => context.Render(Cancel(context, context.Current()).Data),
        _ => null,
    };

    private static GenericRecord Cancel(GenericContext context, GenericRecord refund)
    {
        if (refund.Text("status") != "requires_action") throw ApiErrors.BadRequest("Only refunds with status `requires_action` can be canceled.");
        var amount = refund.Number("amount");
        var chargeId = refund.Text("charge")!;
        var failureTxn = refund.Text("balance_transaction") is null
            ? null
            : ChargeMaker.Book(context.State, context.Request, context.State.Charges.Get(chargeId), amount, "refund_failure", source: refund.Id);
        var canceled = context.Change(refund.Id, data =>
        {
            data["status"] = "canceled";
            data["failure_reason"] = "merchant_request";
            data["failure_balance_transaction"] = failureTxn;
        });
        var snapshot = canceled.Data.DeepClone().AsObject();
        context.State.Charges.Update(chargeId, c => c with
        {
            AmountRefunded = c.AmountRefunded - amount,
            Refunds = [.. c.Refunds.Select(r => r["id"]?.GetValue<string>() == refund.Id ? snapshot : r)],
        });
        return canceled;
    }
}
