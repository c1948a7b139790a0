using System.Text.Json.Nodes;
using Polvo.Emulator.Http;

namespace Polvo.Emulator.Generic;

/// <summary>
/// <c>GET /v1/balance</c>: the sum of the balance transactions the emulator made (charges, refunds, payouts,
/// transfers made through the API; seeded objects carry none), per currency, all of it available.
/// </summary>
internal static class BalanceEndpoints
{
    public static ApiResult Retrieve(ApiRequest request)
    {
        var totals = new SortedDictionary<string, long>(StringComparer.Ordinal);
        request.State.Generic["balance_transaction"].Scan(long.MaxValue, r =>
        {
            var currency = r.Text("currency") ?? "usd";
            totals[currency] = totals.GetValueOrDefault(currency) + r.Number("net");
            return true;
        });
        if (totals.Count == 0) totals["usd"] = 0;
        var balance = new JsonObject
        {
            ["object"] = "balance",
            ["available"] = Funds(totals, all: true),
            ["livemode"] = false,
            ["pending"] = Funds(totals, all: false),
        };
        return ApiResult.Ok(w => balance.WriteTo(w));
    }

    private static JsonArray Funds(SortedDictionary<string, long> totals, bool all)
    {
        var funds = new JsonArray();
        foreach (var (currency, amount) in totals)
        {
            var value = all ? amount : 0;
            funds.Add(new JsonObject { ["amount"] = value, ["currency"] = currency, ["source_types"] = new JsonObject { ["card"] = value } });
        }

        return funds;
    }
}
