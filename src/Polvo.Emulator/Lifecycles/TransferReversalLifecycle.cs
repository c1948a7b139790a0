using System.Text.Json.Nodes;
using Polvo.Emulator.Charges;
using Polvo.Emulator.Generic;
using Polvo.Emulator.Http;

namespace Polvo.Emulator.Lifecycles;

/// <summary>Transfer reversals: in full or for <c>amount</c> up to what is left; the transfer's <c>amount_reversed</c>, <c>reversed</c> and <c>reversals</c> follow.</summary>
internal sealed class TransferReversalLifecycle : ResourceLifecycle
{
    public override void BeforeCreate(GenericContext context, JsonObject data)
    {
        var transfer = context.State.Generic["transfer"].Get(context.Route.ParentId!)!;
        var left = transfer.Number("amount") - transfer.Number("amount_reversed");
        var amount = context.LongParam("amount") ?? left;
        if (left <= 0) throw ApiErrors.BadRequest($"Transfer {transfer.Id} has already been fully reversed.", null, "transfer_already_reversed");
        if (amount < 1 || amount > left) throw ApiErrors.BadRequest($"Reversal amount ({amount}) is greater than the transfer's unreversed amount ({left}).", "amount", "amount_too_large");
        data["amount"] = amount;
        data["currency"] = transfer.Text("currency");
        data["balance_transaction"] = ChargeMaker.Book(context.State, context.Request, null, amount, "transfer_refund", source: data["id"]!.GetValue<string>(), currency: transfer.Text("currency") ?? "usd");
    }

    public override GenericRecord AfterCreate(GenericContext context, GenericRecord record)
    {
        var amount = record.Number("amount");
        var snapshot = record.Data.DeepClone();
        var store = context.State.Generic["transfer"];
        GenericRecord? before = null;
        var after = store.Update(record.Text("transfer")!, t =>
        {
            before = t;
            var data = t.Data.DeepClone().AsObject();
            var reversed = t.Number("amount_reversed") + amount;
            data["amount_reversed"] = reversed;
            data["reversed"] = reversed >= t.Number("amount");
            var list = data["reversals"]!.AsObject();
            list["data"]!.AsArray().Insert(0, snapshot);
            list["total_count"] = list["data"]!.AsArray().Count;
            return t with { Data = data };
        });
        if (after is not null) context.State.RecordEvent("transfer.updated", after.Data, before!.Data, context.Request);
        return record;
    }
}
