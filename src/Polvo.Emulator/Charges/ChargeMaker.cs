using System.Text.Json.Nodes;
using Polvo.Emulator.Generic;
using Polvo.Emulator.Hosting;
using Polvo.Emulator.Http;

namespace Polvo.Emulator.Charges;

/// <summary>
/// Makes a charge wherever one comes from (charge create, payment intent confirm, invoice pay): stores it, records
/// <c>charge.succeeded</c> or <c>charge.failed</c>, books its balance transaction and, for
/// <c>tok_createDispute</c>, opens the dispute Stripe's test mode opens.
/// </summary>
internal static class ChargeMaker
{
    public static ChargeRecord Make(ApiRequest request, Func<string, int, ChargeRecord> create)
    {
        var state = request.State;
        var now = request.Now;
        var record = state.Charges.Add("ch_", 24, now, create);
        state.RecordEvent(record.Failed ? "charge.failed" : "charge.succeeded", Body(record), null, request);
        if (record.Failed) return record;
        if (record.Captured) Book(state, request, record, record.Amount, "charge", record.BalanceTransactionId);
        if (record.Card.CreatesDispute) record = OpenDispute(request, record);
        return record;
    }

    public static JsonBody Body(ChargeRecord record) => w => ChargeJson.Write(w, record, null);

    /// <summary>The card error a failed charge answers with.</summary>
    public static ApiException Declined(ChargeRecord record, string? paymentIntentId = null) =>
        new(402, "card_error", record.Card.FailureMessage!)
        {
            Code = record.Card.FailureCode, DeclineCode = record.Card.DeclineCode, ChargeId = record.Id, PaymentIntentId = paymentIntentId,
        };

    /// <summary>Books a balance transaction (Stripe's fee of 2.9% + 30 on charges) and returns its id.</summary>
    public static string Book(EmulatorState state, ApiRequest request, ChargeRecord? charge, long amount, string type, string? id = null, string? source = null, string currency = "usd")
    {
        var now = request.Now;
        var fee = type == "charge" ? (long)Math.Round(amount * 0.029) + 30 : 0;
        var txType = state.Generic.Type("balance_transaction");
        id ??= Store.Ids.Random("txn_", 24);
        var data = NewObjects.New(txType, id, now);
        data["amount"] = amount;
        data["currency"] = charge?.Currency ?? currency;
        data["fee"] = fee;
        data["fee_details"] = fee == 0 ? new JsonArray() : new JsonArray(new JsonObject
        {
            ["amount"] = fee, ["application"] = null, ["currency"] = charge?.Currency ?? currency, ["description"] = "Stripe processing fees", ["type"] = "stripe_fee",
        });
        data["net"] = amount - fee;
        data["source"] = source ?? charge?.Id;
        data["status"] = "available";
        data["type"] = type;
        data["available_on"] = now;
        data["description"] = null;
        state.Generic["balance_transaction"].AddWithId(id, now, (_, seq) => new GenericRecord(id, seq, now, data));
        return id;
    }

    private static ChargeRecord OpenDispute(ApiRequest request, ChargeRecord charge)
    {
        var state = request.State;
        var now = request.Now;
        var type = state.Generic.Type("dispute");
        var id = Store.Ids.Random("dp_", 24);
        var data = NewObjects.New(type, id, now);
        data["amount"] = charge.Amount;
        data["currency"] = charge.Currency;
        data["charge"] = charge.Id;
        data["payment_intent"] = charge.PaymentIntentId;
        data["reason"] = "fraudulent";
        data["status"] = "needs_response";
        data["is_charge_refundable"] = false;
        data["balance_transactions"] = new JsonArray();
        var dispute = state.Generic["dispute"].AddWithId(id, now, (_, seq) => new GenericRecord(id, seq, now, data))!;
        state.RecordEvent("charge.dispute.created", dispute.Data, null, request);
        return state.Charges.Update(charge.Id, c => c with { DisputeId = id }) ?? charge;
    }
}
