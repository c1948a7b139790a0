using System.Text.Json.Nodes;
using Polvo.Emulator.Generic;
using Polvo.Emulator.Http;
using Polvo.Emulator.Store;

namespace Polvo.Emulator.Lifecycles;

/// <summary>
/// Setup intents: requires_payment_method → requires_confirmation → (confirm) succeeded, or back to
/// requires_payment_method with <c>last_setup_error</c> for a declining test card; cancel from any open state.
/// </summary>
internal sealed class SetupIntentLifecycle : ResourceLifecycle
{
    public override void BeforeCreate(GenericContext context, JsonObject data)
    {
        States.RequireCustomer(context, context.Param("customer"));
        if (context.Param("payment_method") is { } pm) States.Card(context, pm, "payment_method");
        var id = data["id"]!.GetValue<string>();
        data["client_secret"] = id + "_secret_" + Ids.Random(string.Empty, 25);
        data["status"] = context.Param("payment_method") is null ? "requires_payment_method" : "requires_confirmation";
        data["usage"] = context.Param("usage") ?? "off_session";
        if (context.Form.Child("payment_method_types") is null) data["payment_method_types"] = new JsonArray("card");
    }

    public override GenericRecord AfterCreate(GenericContext context, GenericRecord record) =>
        context.BoolParam("confirm") == true ? Confirm(context, record) : record;

    public override ApiResult? Action(GenericContext context, string method, string action) => (method, action) switch
    {
        ("POST", "confirm") => context.Render(Confirm(context, context.Current()).Data),
        ("POST", "cancel") => context.Render(Cancel(context, context.Current()).Data),
        _ => null,
    };

    private static GenericRecord Confirm(GenericContext context, GenericRecord intent)
    {
        States.Require(intent, "confirm", "setup_intent_unexpected_state", "requires_payment_method", "requires_confirmation", "requires_action");
        var pm = context.Param("payment_method") ?? intent.Text("payment_method")
            ?? throw ApiErrors.BadRequest("You cannot confirm this SetupIntent because it's missing a payment method.", "payment_method", "setup_intent_unexpected_state");
        var card = States.Card(context, pm, "payment_method");
        if (card.FailureCode is not null)
        {
            context.Change(intent.Id, data =>
            {
                data["status"] = "requires_payment_method";
                data["last_setup_error"] = new JsonObject
                {
                    ["code"] = card.FailureCode, ["decline_code"] = card.DeclineCode, ["message"] = card.FailureMessage, ["type"] = "card_error",
                };
            }, "setup_intent.setup_failed");
            throw new ApiException(402, "card_error", card.FailureMessage!) { Code = card.FailureCode, DeclineCode = card.DeclineCode };
        }

        return context.Change(intent.Id, data =>
        {
            data["status"] = "succeeded";
            data["payment_method"] = pm;
            data["last_setup_error"] = null;
        }, "setup_intent.succeeded");
    }

    private static GenericRecord Cancel(GenericContext context, GenericRecord intent)
    {
        States.Require(intent, "cancel", "setup_intent_unexpected_state", "requires_payment_method", "requires_confirmation", "requires_action");
        var reason = context.Param("cancellation_reason");
        return context.Change(intent.Id, data =>
        {
            data["status"] = "canceled";
            data["cancellation_reason"] = reason;
        }, "setup_intent.canceled");
    }
}
