using System.Text.Json.Nodes;
using Polvo.Emulator.Generic;

namespace Polvo.Emulator.Lifecycles;

/// <summary>Customer balance transactions: an adjustment that moves the customer's <c>balance</c> and records where it ended.</summary>
internal sealed class CustomerBalanceTransactionLifecycle : ResourceLifecycle
{
    public override void BeforeCreate(GenericContext context, JsonObject data)
    {
        var amount = context.LongParam("amount")!.Value;
        var customer = context.State.Customers.Update(context.Route.ParentId!, c => c with { Balance = c.Balance + amount, Currency = c.Currency ?? context.Param("currency") })!;
        data["type"] = "adjustment";
        data["currency"] = context.Param("currency")!.ToLowerInvariant();
        data["ending_balance"] = customer.Balance;
        data["credit_note"] = null;
        data["invoice"] = null;
    }
}
