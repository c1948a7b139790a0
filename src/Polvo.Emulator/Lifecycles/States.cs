using System.Text.Json.Nodes;
using Polvo.Emulator.Charges;
using Polvo.Emulator.Generic;
using Polvo.Emulator.Http;

namespace Polvo.Emulator.Lifecycles;

/// <summary>Small pieces the lifecycles share: state checks, test cards, other objects by id.</summary>
internal static class States
{
    /// <summary>Stripe's 400 for an action the object's status does not allow.</summary>
    public static void Require(GenericRecord record, string action, string code, params string[] statuses)
    {
        var status = record.Text("status");
        if (Array.IndexOf(statuses, status) >= 0) return;
        throw ApiErrors.BadRequest(
            $"You cannot {action} this {record.Data["object"]} because it has a status of {status}. Only a {record.Data["object"]} with one of the following statuses can: {string.Join(", ", statuses)}.",
            null, code);
    }

    /// <summary>The card behind a payment method or token: Stripe's test ones, or a stored card payment method.</summary>
    public static TestCard Card(GenericContext context, string id, string param)
    {
        if (TestCard.PaymentMethods.TryGetValue(id, out var card) || TestCard.Tokens.TryGetValue(id, out card)) return card;
        var stored = context.State.Generic["payment_method"].Get(id) ?? throw ApiErrors.NoSuch("payment_method", id, param, 400);
        var last4 = stored.Data["card"]?["last4"]?.GetValue<string>();
        return TestCard.Tokens.Values.FirstOrDefault(c => c.Last4 == last4) ?? TestCard.Visa;
    }

    /// <summary>A customer that must exist; Stripe's 400 naming the parameter when it does not.</summary>
    public static void RequireCustomer(GenericContext context, string? id, string param = "customer")
    {
        if (id is not null && context.State.Customers.Get(id) is null) throw ApiErrors.NoSuch("customer", id, param, 400);
    }

    /// <summary>A stored generic object that must exist; Stripe's 400 naming the parameter when it does not.</summary>
    public static GenericRecord Require(GenericContext context, string objectType, string id, string param) =>
        context.State.Generic[objectType].Get(id) ?? throw ApiErrors.NoSuch(objectType, id, param, 400);

    /// <summary>A list object as Stripe embeds one.</summary>
    public static JsonObject List(string url, JsonArray data) => new()
    {
        ["object"] = "list",
        ["data"] = data,
        ["has_more"] = false,
        ["total_count"] = data.Count,
        ["url"] = url,
    };
}
