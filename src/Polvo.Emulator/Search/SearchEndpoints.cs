using Polvo.Emulator.Charges;
using Polvo.Emulator.Customers;
using Polvo.Emulator.Http;

namespace Polvo.Emulator.Search;

/// <summary><c>GET /v1/customers/search</c> and <c>GET /v1/charges/search</c>.</summary>
internal static class SearchEndpoints
{
    private static readonly SearchFields<CustomerRecord> CustomerFields = new("customers", new Dictionary<string, SearchField<CustomerRecord>>
    {
        ["created"] = new(SearchFieldKind.Number, Number: c => c.Created),
        ["email"] = new(SearchFieldKind.Text, c => c.Email),
        ["name"] = new(SearchFieldKind.Text, c => c.Name),
        ["phone"] = new(SearchFieldKind.Text, c => c.Phone),
    }, c => c.Metadata);

    private static readonly SearchFields<ChargeRecord> ChargeFields = new("charges", new Dictionary<string, SearchField<ChargeRecord>>
    {
        ["amount"] = new(SearchFieldKind.Number, Number: c => c.Amount),
        ["created"] = new(SearchFieldKind.Number, Number: c => c.Created),
        ["currency"] = new(SearchFieldKind.Text, c => c.Currency),
        ["customer"] = new(SearchFieldKind.Token, c => c.CustomerId),
        ["status"] = new(SearchFieldKind.Token, c => c.Failed ? "failed" : "succeeded"),
        ["disputed"] = new(SearchFieldKind.Token, _ => "false"),
        ["refunded"] = new(SearchFieldKind.Token, _ => "false"),
        ["payment_method_details.card.last4"] = new(SearchFieldKind.Token, c => c.Card.Last4),
    }, c => c.Metadata);

    public static ApiResult Customers(ApiRequest request)
    {
        var r = request.Params;
        var expand = Expand.Read(r, "total_count");
        var page = SearchRunner.Run(r, request.State.Customers, CustomerFields);
        return ApiResult.Ok(SearchResultWriter.Body(page.Items, page.NextPage, TotalCount(expand, page.TotalCount), "/v1/customers/search", CustomerJson.Write));
    }

    public static ApiResult Charges(ApiRequest request)
    {
        var r = request.Params;
        var expand = Expand.Read(r, "total_count", "data.customer");
        var page = SearchRunner.Run(r, request.State.Charges, ChargeFields);
        var customers = expand.Contains("data.customer") ? request.State.Customers : null;
        return ApiResult.Ok(SearchResultWriter.Body(page.Items, page.NextPage, TotalCount(expand, page.TotalCount), "/v1/charges/search", (w, c) => ChargeJson.Write(w, c, customers)));
    }

    /// <summary>Stripe counts the matches only when asked with <c>expand[]=total_count</c>.</summary>
    private static int? TotalCount(HashSet<string> expand, int totalCount) => expand.Contains("total_count") ? totalCount : null;
}
