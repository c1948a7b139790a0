using System.Text.Json.Nodes;
using Polvo.Emulator.Charges;
using Polvo.Emulator.Generic;
using Polvo.Emulator.Http;

namespace Polvo.Emulator.Lifecycles;

/// <summary>Transfers: the amount leaves the balance; reversals (<c>/v1/transfers/{id}/reversals</c>) bring it back.</summary>
internal sealed class TransferLifecycle : ResourceLifecycle
{
    public override void BeforeCreate(GenericContext context, JsonObject data)
    {
        var amount = context.LongParam("amount") ?? throw ApiErrors.MissingParameter("amount");
        var id = data["id"]!.GetValue<string>();
        var currency = context.Param("currency")!.ToLowerInvariant();
        data["currency"] = currency;
        data["amount_reversed"] = 0;
        data["reversed"] = false;
        data["reversals"] = States.List($"/v1/transfers/{id}/reversals", []);
        data["balance_transaction"] = ChargeMaker.Book(context.State, context.Request, null, -amount, "transfer", source: id, currency: currency);
    }
}
