using System.Text.Json.Nodes;
using Polvo.Emulator.Charges;
using Polvo.Emulator.Generic;
using Polvo.Emulator.Http;

namespace Polvo.Emulator.Lifecycles;

/// <summary>
/// Payment methods: cards from Stripe's test tokens (<c>card[token]=tok_visa</c>) or the test card 4242...;
/// attach sets <c>customer</c>, detach clears it.
/// </summary>
internal sealed class PaymentMethodLifecycle : ResourceLifecycle
{
    public override void BeforeCreate(GenericContext context, JsonObject data)
    {
        var type = context.Param("type") ?? "card";
        if (type != "card") throw ApiErrors.BadRequest($"The emulator makes card payment methods only; type '{type}' is not served.", "type");
        var token = context.Form.Child("card")?.Child("token")?.Value;
        var number = context.Form.Child("card")?.Child("number")?.Value;
        TestCard card = TestCard.Visa;
        if (token is not null && !TestCard.Tokens.TryGetValue(token, out card!)) throw ApiErrors.NoSuch("token", token, "card[token]", 400);
        if (number is not null) card = TestCard.Tokens.Values.FirstOrDefault(c => number.EndsWith(c.Last4, StringComparison.Ordinal)) ?? TestCard.Visa;
        var details = NewCard();
        details["brand"] = card.Network;
        details["last4"] = card.Last4;
        details["funding"] = card.Funding;
        details["fingerprint"] = card.Fingerprint;
        details["exp_month"] = long.TryParse(context.Form.Child("card")?.Child("exp_month")?.Value, out var month) ? month : 8;
        details["exp_year"] = long.TryParse(context.Form.Child("card")?.Child("exp_year")?.Value, out var year) ? year : 2030;
        data["card"] = details;
        data["type"] = "card";
        data["customer"] = null;
    }

    public override ApiResult? Action(GenericContext context, string method, string action) => (method, action) switch
    {
        ("POST", "attach") => context.Render(Attach(context).Data),
        ("POST", "detach") => context.Render(context.Change(context.Current().Id, data => data["customer"] = null, "payment_method.detached").Data),
        _ => null,
    };

    private static GenericRecord Attach(GenericContext context)
    {
        var customer = context.Param("customer")!;
        States.RequireCustomer(context, customer);
        var current = context.Current();
        if (current.Text("customer") is { } owner && owner != customer)
        {
            throw ApiErrors.BadRequest($"The payment method you provided has already been attached to a customer ({owner}).", null, "payment_method_unexpected_state");
        }

        return context.Change(current.Id, data => data["customer"] = customer, "payment_method.attached");
    }

    private static JsonObject NewCard() =>
        Spec.ApiDescription.Shared.Fixture("payment_method")["card"]!.DeepClone().AsObject();
}
