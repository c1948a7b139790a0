using System.Text.Json.Nodes;
using Polvo.Emulator.Generic;
using Polvo.Emulator.Spec;
using Polvo.Emulator.Store;

namespace Polvo.Emulator.Lifecycles;

/// <summary>Invoice lines made from invoice items, and the invoice totals that follow from them.</summary>
internal static class InvoiceLines
{
    public static JsonObject FromItem(JsonObject item)
    {
        var line = ApiDescription.Shared.Fixture("line_item");
        line["id"] = Ids.Random("il_", 24);
        line["amount"] = item["amount"]?.DeepClone();
        line["currency"] = item["currency"]?.DeepClone();
        line["description"] = item["description"]?.DeepClone();
        line["invoice_item"] = item["id"]?.DeepClone();
        line["metadata"] = item["metadata"]?.DeepClone() ?? new JsonObject();
        line["period"] = item["period"]?.DeepClone();
        line["price"] = item["price"]?.DeepClone();
        line["quantity"] = item["quantity"]?.DeepClone();
        line["subscription"] = null;
        line["type"] = "invoiceitem";
        line["livemode"] = false;
        return line;
    }

    /// <summary>Sets subtotal, total, amount_due and amount_remaining from the lines (no tax or discounts).</summary>
    public static void Total(JsonObject invoice)
    {
        long total = 0;
        foreach (var line in invoice["lines"]?["data"]?.AsArray() ?? []) total += JsonNumbers.Long(line?["amount"]) ?? 0;
        invoice["subtotal"] = total;
        invoice["total"] = total;
        invoice["amount_due"] = total;
        invoice["amount_paid"] = 0;
        invoice["amount_remaining"] = total;
    }
}
