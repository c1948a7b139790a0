using System.Text.Json.Nodes;
using Polvo.Emulator.Charges;
using Polvo.Emulator.Generic;
using Polvo.Emulator.Http;
using Polvo.Emulator.Store;

namespace Polvo.Emulator.Lifecycles;

/// <summary>
/// Payment intents: requires_payment_method → requires_confirmation → (confirm) succeeded, or requires_capture
/// with <c>capture_method=manual</c> → (capture) succeeded; cancel from any open state. Confirming makes the charge
/// (declined for Stripe's declining test cards, which leaves the intent in requires_payment_method with
/// <c>last_payment_error</c>, as Stripe does).
/// </summary>
internal sealed class PaymentIntentLifecycle : ResourceLifecycle
{
    private static readonly string[] Open = ["requires_payment_method", "requires_confirmation", "requires_action", "requires_capture", "processing"];

    public override void BeforeCreate(GenericContext context, JsonObject data)
    {
        var amount = context.LongParam("amount") ?? 0;
        if (amount < 50) throw ApiErrors.BadRequest("Amount must be at least 50 cents.", "amount", "amount_too_small");
        States.RequireCustomer(context, context.Param("customer"));
        var id = data["id"]!.GetValue<string>();
        data["currency"] = context.Param("currency")!.ToLowerInvariant();
        data["client_secret"] = id + "_secret_" + Ids.Random(string.Empty, 25);
        data["amount_capturable"] = 0;
        data["amount_received"] = 0;
        data["capture_method"] = context.Param("capture_method") ?? "automatic";
        data["confirmation_method"] = context.Param("confirmation_method") ?? "automatic";
        if (context.Form.Child("payment_method_types") is null) data["payment_method_types"] = new JsonArray("card");
        if (context.Param("payment_method") is { } pm) States.Card(context, pm, "payment_method");
        data["status"] = context.Param("payment_method") is null ? "requires_payment_method" : "requires_confirmation";
        data["charges"] = States.List($"/v1/charges?payment_intent={id}", []);
    }

    public override GenericRecord AfterCreate(GenericContext context, GenericRecord record) =>
        context.BoolParam("confirm") == true ? Confirm(context, record) : record;

    public override Action<JsonObject>? BeforeUpdate(GenericContext context, GenericRecord current)
    {
        if (context.Param("payment_method") is { } pm) States.Card(context, pm, "payment_method");
        return context.Param("payment_method") is not null && current.Text("status") == "requires_payment_method"
            ? data => data["status"] = "requires_confirmation"
            : null;
    }

    public override ApiResult? Action(GenericContext context, string method, string action) => (method, action) switch
    {
        ("POST", "confirm") => context.Render(Confirm(context, context.Current()).Data),
        ("POST", "capture") => context.Render(Capture(context, context.Current()).Data),
        ("POST", "cancel") => context.Render(Cancel(context, context.Current()).Data),
        _ => null,
    };

    private static GenericRecord Confirm(GenericContext context, GenericRecord intent)
    {
        States.Require(intent, "confirm", "payment_intent_unexpected_state", "requires_payment_method", "requires_confirmation", "requires_action");
        var pm = context.Param("payment_method") ?? intent.Text("payment_method")
            ?? throw ApiErrors.BadRequest(
                "You cannot confirm this PaymentIntent because it's missing a payment method. Update the PaymentIntent with a payment_method (such as pm_card_visa) and then confirm it again.",
                "payment_method", "payment_intent_unexpected_state");
        var card = States.Card(context, pm, "payment_method");
        var manual = intent.Text("capture_method") == "manual";
        var amount = intent.Number("amount");
        var now = context.Now;
        var charge = ChargeMaker.Make(context.Request, (id, seq) => new ChargeRecord(id, seq, now)
        {
            Amount = amount, Currency = intent.Text("currency") ?? "usd", CustomerId = intent.Text("customer"), Card = card,
            Captured = !manual, PaymentIntentId = intent.Id, Description = intent.Text("description"),
        });
        var chargeJson = Json(charge);
        if (charge.Failed)
        {
            context.Change(intent.Id, data =>
            {
                data["status"] = "requires_payment_method";
                data["payment_method"] = null;
                data["last_payment_error"] = new JsonObject
                {
                    ["charge"] = charge.Id, ["code"] = charge.Card.FailureCode, ["decline_code"] = charge.Card.DeclineCode,
                    ["doc_url"] = "https://stripe.com/docs/error-codes/" + charge.Card.FailureCode!.Replace('_', '-'),
                    ["message"] = charge.Card.FailureMessage, ["payment_method"] = new JsonObject { ["id"] = pm, ["object"] = "payment_method" },
                    ["type"] = "card_error",
                };
                AddCharge(data, chargeJson);
            }, "payment_intent.payment_failed");
            throw ChargeMaker.Declined(charge, intent.Id);
        }

        return context.Change(intent.Id, data =>
        {
            data["status"] = manual ? "requires_capture" : "succeeded";
            data["payment_method"] = pm;
            data["last_payment_error"] = null;
            data["amount_capturable"] = manual ? amount : 0;
            data["amount_received"] = manual ? 0 : amount;
            AddCharge(data, chargeJson);
        }, manual ? "payment_intent.amount_capturable_updated" : "payment_intent.succeeded");
    }

    private static GenericRecord Capture(GenericContext context, GenericRecord intent)
    {
        States.Require(intent, "capture", "payment_intent_unexpected_state", "requires_capture");
        var capturable = intent.Number("amount_capturable");
        var amount = context.LongParam("amount_to_capture") ?? capturable;
        if (amount < 1 || amount > capturable)
        {
            throw ApiErrors.BadRequest($"The amount to capture ({amount}) must be between 1 and the amount capturable ({capturable}).", "amount_to_capture", "amount_too_large");
        }

        var chargeId = LatestCharge(intent);
        ChargeRecord? before = null;
        var charge = context.State.Charges.Update(chargeId, c => (before = c) with { Captured = true, CapturedAmount = amount, AmountRefunded = c.Amount - amount })!;
        ChargeMaker.Book(context.State, context.Request, charge, amount, "charge", charge.BalanceTransactionId);
        context.State.RecordEvent("charge.captured", ChargeMaker.Body(charge), ChargeMaker.Body(before!), context.Request);
        var chargeJson = Json(charge);
        return context.Change(intent.Id, data =>
        {
            data["status"] = "succeeded";
            data["amount_capturable"] = 0;
            data["amount_received"] = amount;
            ReplaceCharge(data, chargeJson);
        }, "payment_intent.succeeded");
    }

    private static GenericRecord Cancel(GenericContext context, GenericRecord intent)
    {
        States.Require(intent, "cancel", "payment_intent_unexpected_state", Open);
        JsonObject? chargeJson = null;
        if (intent.Text("status") == "requires_capture")
        {
            // Cancelling an authorized intent releases the authorization: the charge counts as refunded.
            var charge = context.State.Charges.Update(LatestCharge(intent), c => c with { AmountRefunded = c.Amount });
            if (charge is not null) chargeJson = Json(charge);
        }

        var now = context.Now;
        var reason = context.Param("cancellation_reason");
        return context.Change(intent.Id, data =>
        {
            data["status"] = "canceled";
            data["canceled_at"] = now;
            data["cancellation_reason"] = reason;
            data["amount_capturable"] = 0;
            if (chargeJson is not null) ReplaceCharge(data, chargeJson);
        }, "payment_intent.canceled");
    }

    private static string LatestCharge(GenericRecord intent) =>
        intent.Data["charges"]?["data"]?.AsArray().LastOrDefault()?["id"]?.GetValue<string>()
        ?? throw ApiErrors.BadRequest($"PaymentIntent {intent.Id} has no charge to capture.", null, "payment_intent_unexpected_state");

    private static JsonObject Json(ChargeRecord charge) => JsonNode.Parse(JsonResponse.Render(ChargeMaker.Body(charge)))!.AsObject();

    private static void AddCharge(JsonObject intent, JsonObject charge)
    {
        var list = intent["charges"]!.AsObject();
        list["data"]!.AsArray().Add(charge);
        list["total_count"] = list["data"]!.AsArray().Count;
    }

    private static void ReplaceCharge(JsonObject intent, JsonObject charge)
    {
        var data = intent["charges"]!["data"]!.AsArray();
        data[^1] = charge;
    }
}
