using Polvo.Emulator.Customers;
using Polvo.Emulator.Generic;
using Polvo.Emulator.Http;
using Polvo.Emulator.Lists;
using Polvo.Emulator.Store;

namespace Polvo.Emulator.Charges;

/// <summary>Create, retrieve, update, capture, refund and list charges.</summary>
internal static class ChargeEndpoints
{
    private static readonly string[] Expandable = ["customer", "invoice", "payment_intent", "review", "application", "application_fee", "on_behalf_of", "balance_transaction"];
    private static readonly string[] ListExpandable = ["customer", "data.customer", "data.invoice", "data.payment_intent", "data.review", "data.balance_transaction"];

    public static ApiResult Create(ApiRequest request)
    {
        var r = request.Params;
        var expandCustomer = ExpandCustomer(request, Expand.Read(r, Expandable));
        var create = ChargeParams.ReadCreate(r);
        r.ThrowIfUnknown();
        if (create.CustomerId is not null && request.State.Customers.Get(create.CustomerId) is null)
        {
            throw ApiErrors.NoSuch("customer", create.CustomerId, "customer", 400);
        }

        var now = request.Now;
        var record = ChargeMaker.Make(request, (id, seq) => create.Change(new ChargeRecord(id, seq, now)
        {
            Amount = create.Amount, Currency = create.Currency, CustomerId = create.CustomerId, Card = create.Card, Captured = create.Capture,
        }));
        if (record.Failed) throw ChargeMaker.Declined(record);
        return ApiResult.Ok(w => ChargeJson.Write(w, record, expandCustomer));
    }

    public static ApiResult Retrieve(ApiRequest request)
    {
        var expandCustomer = ExpandCustomer(request, Expand.Read(request.Params, Expandable));
        request.Params.ThrowIfUnknown();
        var record = request.State.Charges.Get(request.Id) ?? throw ApiErrors.NoSuch("charge", request.Id);
        return ApiResult.Ok(w => ChargeJson.Write(w, record, expandCustomer));
    }

    public static ApiResult Update(ApiRequest request)
    {
        var r = request.Params;
        var expandCustomer = ExpandCustomer(request, Expand.Read(r, Expandable));
        var change = ChargeParams.ReadUpdate(r, allowCustomer: true);
        var newCustomer = r.Node.Child("customer")?.Value;
        r.ThrowIfUnknown();
        if (!string.IsNullOrEmpty(newCustomer) && request.State.Customers.Get(newCustomer) is null)
        {
            throw ApiErrors.NoSuch("customer", newCustomer, "customer", 400);
        }

        ChargeRecord? before = null;
        var record = request.State.Charges.Update(request.Id, c => change(before = c)) ?? throw ApiErrors.NoSuch("charge", request.Id);
        request.State.RecordEvent("charge.updated", ChargeMaker.Body(record), ChargeMaker.Body(before!), request);
        return ApiResult.Ok(w => ChargeJson.Write(w, record, expandCustomer));
    }

    /// <summary>
    /// <c>POST /v1/charges/{id}/capture</c>: captures an uncaptured charge, in full or for <c>amount</c> (the rest is
    /// released and counts as refunded, as at Stripe).
    /// </summary>
    public static ApiResult Capture(ApiRequest request)
    {
        var r = request.Params;
        var expandCustomer = ExpandCustomer(request, Expand.Read(r, Expandable));
        var amount = r.Long("amount");
        ChargeRecord? before = null;
        var record = request.State.Charges.Update(request.Id, c =>
        {
            before = c;
            if (c.Failed) throw ApiErrors.BadRequest($"Charge {c.Id} has failed and cannot be captured.", null, "charge_not_capturable");
            if (c.Captured) throw ApiErrors.BadRequest($"Charge {c.Id} has already been captured.", null, "charge_already_captured");
            if (amount is < 1 || amount > c.Amount)
            {
                throw ApiErrors.BadRequest($"You cannot capture more than the authorized amount ({c.Amount}) or less than 1.", "amount", "amount_too_large");
            }

            var captured = amount ?? c.Amount;
            return c with { Captured = true, CapturedAmount = captured, AmountRefunded = c.Amount - captured };
        }) ?? throw ApiErrors.NoSuch("charge", request.Id);
        ChargeMaker.Book(request.State, request, record, record.CapturedAmount ?? record.Amount, "charge", record.BalanceTransactionId);
        request.State.RecordEvent("charge.captured", ChargeMaker.Body(record), ChargeMaker.Body(before!), request);
        return ApiResult.Ok(w => ChargeJson.Write(w, record, expandCustomer));
    }

    /// <summary>
    /// <c>POST /v1/charges/{id}/refund</c> (Stripe's older way to refund, still in the description): creates the refund as
    /// <c>POST /v1/charges/{id}/refunds</c> does, with the same rules, and answers with the charge.
    /// </summary>
    public static ApiResult Refund(ApiRequest request)
    {
        var expandCustomer = ExpandCustomer(request, Expand.Read(request.Params, Expandable));
        if (request.State.Charges.Get(request.Id) is null) throw ApiErrors.NoSuch("charge", request.Id);
        var refunds = request.State.Generic.Types.Single(type => type.Object == "refund");
        GenericEndpoints.Create(new GenericContext(request, new GenericRoute(refunds, RouteKind.Collection, "charge", request.Id, null, null)));
        var record = request.State.Charges.Get(request.Id)!;
        return ApiResult.Ok(w => ChargeJson.Write(w, record, expandCustomer));
    }

    public static ApiResult List(ApiRequest request)
    {
        var r = request.Params;
        var query = ListParams.Read<ChargeRecord>(r);
        var customer = r.String("customer");
        var paymentIntent = r.String("payment_intent");
        if (customer is not null || paymentIntent is not null)
        {
            query.Filter = c => (customer is null || string.Equals(c.CustomerId, customer, StringComparison.Ordinal))
                && (paymentIntent is null || string.Equals(c.PaymentIntentId, paymentIntent, StringComparison.Ordinal));
        }

        var expand = Expand.Read(r, ListExpandable);
        r.ThrowIfUnknown();
        var expandCustomers = expand.Contains("customer") || expand.Contains("data.customer") ? request.State.Customers : null;
        var page = request.State.Charges.List(query);
        return ApiResult.Ok(ListWriter.Body(page, "/v1/charges", (w, c) => ChargeJson.Write(w, c, expandCustomers)));
    }

    private static ObjectStore<CustomerRecord>? ExpandCustomer(ApiRequest request, HashSet<string> expand) =>
        expand.Contains("customer") ? request.State.Customers : null;
}
