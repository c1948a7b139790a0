using Polvo.Emulator.Customers;
using Polvo.Emulator.Http;
using Polvo.Emulator.Lists;
using Polvo.Emulator.Store;

namespace Polvo.Emulator.Charges;

/// <summary>Create, retrieve, update and list charges.</summary>
internal static class ChargeEndpoints
{
    private static readonly string[] Expandable = ["customer", "invoice", "payment_intent", "review", "application", "application_fee", "on_behalf_of"];
    private static readonly string[] ListExpandable = ["customer", "data.customer", "data.invoice", "data.payment_intent", "data.review"];

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
        var record = request.State.Charges.Add("ch_", 24, now, (id, seq) => create.Change(new ChargeRecord(id, seq, now)
        {
            Amount = create.Amount, Currency = create.Currency, CustomerId = create.CustomerId, Card = create.Card, Captured = create.Capture,
        }));
        if (record.Failed)
        {
            throw new ApiException(402, "card_error", record.Card.FailureMessage!)
            {
                Code = record.Card.FailureCode, DeclineCode = record.Card.DeclineCode, ChargeId = record.Id,
            };
        }

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

        var record = request.State.Charges.Update(request.Id, change) ?? throw ApiErrors.NoSuch("charge", request.Id);
        return ApiResult.Ok(w => ChargeJson.Write(w, record, expandCustomer));
    }

    public static ApiResult List(ApiRequest request)
    {
        var r = request.Params;
        var query = ListParams.Read<ChargeRecord>(r);
        var customer = r.String("customer");
        if (customer is not null) query.Filter = c => string.Equals(c.CustomerId, customer, StringComparison.Ordinal);
        var expand = Expand.Read(r, ListExpandable);
        r.ThrowIfUnknown();
        var expandCustomers = expand.Contains("customer") || expand.Contains("data.customer") ? request.State.Customers : null;
        var page = request.State.Charges.List(query);
        return ApiResult.Ok(ListWriter.Body(page, "/v1/charges", (w, c) => ChargeJson.Write(w, c, expandCustomers)));
    }

    private static ObjectStore<CustomerRecord>? ExpandCustomer(ApiRequest request, HashSet<string> expand) =>
        expand.Contains("customer") ? request.State.Customers : null;
}
