using System.Text.Json.Nodes;
using Polvo.Emulator.Generic;
using Polvo.Emulator.Http;

namespace Polvo.Emulator.Lifecycles;

/// <summary>
/// Invoice items: the amount comes from <c>amount</c>, or <c>price</c> (or <c>unit_amount</c>) times
/// <c>quantity</c>; pending until an invoice takes them, or added at once to the draft named by <c>invoice</c>.
/// </summary>
internal sealed class InvoiceItemLifecycle : ResourceLifecycle
{
    public override void BeforeCreate(GenericContext context, JsonObject data)
    {
        States.RequireCustomer(context, context.Param("customer"));
        var quantity = context.LongParam("quantity") ?? 1;
        long amount;
        string? currency = context.Param("currency");
        if (context.Param("price") is { } priceId)
        {
            var price = States.Require(context, "price", priceId, "price");
            amount = price.Number("unit_amount") * quantity;
            currency = price.Text("currency");
            data["price"] = price.Data.DeepClone();
        }
        else
        {
            amount = context.LongParam("amount") ?? (context.LongParam("unit_amount") is { } unit ? unit * quantity
                : throw ApiErrors.BadRequest("You must specify one of amount, price or unit_amount.", "amount", "parameter_missing"));
        }

        if (currency is null) throw ApiErrors.MissingParameter("currency");
        var now = context.Now;
        data["amount"] = amount;
        data["currency"] = currency.ToLowerInvariant();
        data["quantity"] = quantity;
        data["unit_amount"] = quantity == 0 ? amount : amount / quantity;
        data["unit_amount_decimal"] = (quantity == 0 ? amount : amount / quantity).ToString(System.Globalization.CultureInfo.InvariantCulture);
        data["date"] = now;
        if (context.Form.Child("period") is null) data["period"] = new JsonObject { ["end"] = now, ["start"] = now };
        data["proration"] = false;
        data["discountable"] = context.BoolParam("discountable") ?? true;
        if (context.Param("invoice") is { } invoiceId)
        {
            var invoice = States.Require(context, "invoice", invoiceId, "invoice");
            if (invoice.Text("status") != "draft") throw ApiErrors.BadRequest($"Invoice {invoiceId} is no longer editable: only draft invoices take new items.", "invoice", "invoice_not_editable");
        }
    }

    public override GenericRecord AfterCreate(GenericContext context, GenericRecord record)
    {
        if (record.Text("invoice") is not { } invoiceId) return record;
        var line = InvoiceLines.FromItem(record.Data);
        context.State.Generic["invoice"].Update(invoiceId, invoice =>
        {
            var data = invoice.Data.DeepClone().AsObject();
            data["lines"]!["data"]!.AsArray().Add(line);
            InvoiceLines.Total(data);
            return invoice with { Data = data };
        });
        return record;
    }
}
