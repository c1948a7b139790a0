using Polvo.Emulator.Http;
using Polvo.Emulator.Lists;

namespace Polvo.Emulator.Customers;

/// <summary>Create, retrieve, update, delete and list customers.</summary>
internal static class CustomerEndpoints
{
    private static readonly string[] Expandable = ["default_source", "test_clock", "invoice_settings.default_payment_method", "subscriptions", "sources", "tax_ids", "discount", "tax"];
    private static readonly string[] ListExpandable = ["data.default_source", "data.test_clock", "data.invoice_settings.default_payment_method"];

    public static ApiResult Create(ApiRequest request)
    {
        var r = request.Params;
        var expand = Expand.Read(r, Expandable);
        var change = CustomerParams.Read(r);
        r.ThrowIfUnknown();
        var now = request.Now;
        var record = request.State.Customers.Add("cus_", 14, now, (id, seq) =>
            change(new CustomerRecord(id, seq, now) { InvoicePrefix = CustomerParams.NewInvoicePrefix() }));
        var json = JsonResponse.Render(w => CustomerJson.Write(w, record));
        request.State.Events.Record("customer.created", json, null, request);
        return ApiResult.Ok(expand.Count == 0 ? w => w.WriteRawValue(json, skipInputValidation: true) : CustomerLists.Body(request, record, expand));
    }

    public static ApiResult Retrieve(ApiRequest request)
    {
        var expand = Expand.Read(request.Params, Expandable);
        request.Params.ThrowIfUnknown();
        var record = request.State.Customers.Get(request.Id, out var deleted);
        if (deleted) return ApiResult.Ok(w => CustomerJson.WriteDeleted(w, request.Id));
        return record is null ? throw ApiErrors.NoSuch("customer", request.Id) : ApiResult.Ok(CustomerLists.Body(request, record, expand));
    }

    public static ApiResult Update(ApiRequest request)
    {
        var r = request.Params;
        var expand = Expand.Read(r, Expandable);
        var change = CustomerParams.Read(r);
        r.ThrowIfUnknown();
        CustomerRecord? before = null;
        var record = request.State.Customers.Update(request.Id, c => change(before = c)) ?? throw ApiErrors.NoSuch("customer", request.Id);
        request.State.RecordEvent("customer.updated", w => CustomerJson.Write(w, record), w => CustomerJson.Write(w, before!), request);
        return ApiResult.Ok(CustomerLists.Body(request, record, expand));
    }

    public static ApiResult Delete(ApiRequest request)
    {
        request.Params.ThrowIfUnknown();
        var last = request.State.Customers.Get(request.Id);
        if (last is null || !request.State.Customers.Delete(request.Id)) throw ApiErrors.NoSuch("customer", request.Id);
        var id = request.Id;
        request.State.RecordEvent("customer.deleted", w => CustomerJson.Write(w, last), null, request);
        return ApiResult.Ok(w => CustomerJson.WriteDeleted(w, id));
    }

    public static ApiResult List(ApiRequest request)
    {
        var r = request.Params;
        var query = ListParams.Read<CustomerRecord>(r);
        var email = r.String("email");
        if (email is not null) query.Filter = c => string.Equals(c.Email, email, StringComparison.Ordinal);
        Expand.Read(r, ListExpandable);
        r.ThrowIfUnknown();
        var page = request.State.Customers.List(query);
        return ApiResult.Ok(ListWriter.Body(page, "/v1/customers", CustomerJson.Write));
    }
}
