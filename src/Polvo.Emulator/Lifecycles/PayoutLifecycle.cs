using System.Text.Json.Nodes;
using Polvo.Emulator.Charges;
using Polvo.Emulator.Generic;
using Polvo.Emulator.Http;
using Polvo.Emulator.Store;

namespace Polvo.Emulator.Lifecycles;

/// <summary>
/// Payouts: standard payouts start pending (cancel: pending → canceled, the funds come back); instant payouts are
/// paid at once (reverse: a paid payout gets a reversing payout, linked both ways). Each books a balance transaction.
/// </summary>
internal sealed class PayoutLifecycle : ResourceLifecycle
{
    public override void BeforeCreate(GenericContext context, JsonObject data)
    {
        var amount = context.LongParam("amount") ?? 0;
        if (amount < 1) throw ApiErrors.BadRequest("Invalid positive integer", "amount", "parameter_invalid_integer");
        var now = context.Now;
        var instant = context.Param("method") == "instant";
        data["currency"] = context.Param("currency")!.ToLowerInvariant();
        data["method"] = instant ? "instant" : "standard";
        data["status"] = instant ? "paid" : "pending";
        data["type"] = "bank_account";
        data["automatic"] = false;
        data["arrival_date"] = instant ? now : now + 2 * 86400;
        data["balance_transaction"] = ChargeMaker.Book(context.State, context.Request, null, -amount, "payout", source: data["id"]!.GetValue<string>(), currency: data["currency"]!.GetValue<string>());
    }

    public override ApiResult? Action(GenericContext context, string method, string action) => (method, action) switch
    {
        ("POST", "cancel") => context.Render(Cancel(context, context.Current()).Data),
        ("POST", "reverse") => context.Render(Reverse(context, context.Current()).Data),
        _ => null,
    };

    private static GenericRecord Cancel(GenericContext context, GenericRecord payout)
    {
        if (payout.Text("status") != "pending") throw ApiErrors.BadRequest($"Payouts can only be canceled while they are pending; this one is {payout.Text("status")}.", null, "payout_not_cancelable");
        var txn = ChargeMaker.Book(context.State, context.Request, null, payout.Number("amount"), "payout_cancel", source: payout.Id, currency: payout.Text("currency") ?? "usd");
        return context.Change(payout.Id, data =>
        {
            data["status"] = "canceled";
            data["failure_balance_transaction"] = txn;
        }, "payout.canceled");
    }

    private static GenericRecord Reverse(GenericContext context, GenericRecord payout)
    {
        if (payout.Text("status") != "paid" || payout.Data["reversed_by"] is not null)
        {
            throw ApiErrors.BadRequest($"Only paid payouts that were not reversed yet can be reversed; this one is {payout.Text("status")}.", null, "payout_not_reversible");
        }

        var now = context.Now;
        var type = context.Type;
        var id = Ids.Random(type.IdPrefix, type.IdLength);
        var reversal = payout.Data.DeepClone().AsObject();
        reversal["id"] = id;
        reversal["created"] = now;
        reversal["original_payout"] = payout.Id;
        reversal["reversed_by"] = null;
        reversal["metadata"] = FormApplier.MergeMetadata(null, context.Form.Child("metadata") ?? new FormNode());
        reversal["balance_transaction"] = ChargeMaker.Book(context.State, context.Request, null, payout.Number("amount"), "payout_cancel", source: id, currency: payout.Text("currency") ?? "usd");
        var stored = context.Store.AddWithId(id, now, (_, seq) => new GenericRecord(id, seq, now, reversal))!;
        context.State.RecordEvent("payout.created", stored.Data, null, context.Request);
        return context.Change(payout.Id, data => data["reversed_by"] = id);
    }
}
