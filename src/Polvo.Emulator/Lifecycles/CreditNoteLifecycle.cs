using System.Text.Json.Nodes;
using Polvo.Emulator.Generic;
using Polvo.Emulator.Http;

namespace Polvo.Emulator.Lifecycles;

/// <summary>
/// Credit notes on open or paid invoices: issued for <c>amount</c> (at most what the invoice totals); on an open
/// invoice they lower what is due. void: issued → void.
/// </summary>
internal sealed class CreditNoteLifecycle : ResourceLifecycle
{
    public override void BeforeCreate(GenericContext context, JsonObject data)
    {
        var invoiceId = context.Param("invoice")!;
        var invoice = States.Require(context, "invoice", invoiceId, "invoice");
        if (invoice.Text("status") is not ("open" or "paid")) throw ApiErrors.BadRequest("Credit notes can only be issued on open or paid invoices.", "invoice", "invoice_not_open");
        var amount = context.LongParam("amount") ?? invoice.Number("total");
        var limit = invoice.Text("status") == "open" ? invoice.Number("amount_remaining") : invoice.Number("total");
        if (amount < 1 || amount > limit) throw ApiErrors.BadRequest($"The credit note amount ({amount}) must be between 1 and {limit}.", "amount", "amount_too_large");
        var id = data["id"]!.GetValue<string>();
        data["invoice"] = invoiceId;
        data["customer"] = invoice.Text("customer");
        data["currency"] = invoice.Text("currency");
        data["amount"] = amount;
        data["subtotal"] = amount;
        data["total"] = amount;
        data["status"] = "issued";
        data["type"] = invoice.Text("status") == "paid" ? "post_payment" : "pre_payment";
        data["number"] = $"{invoice.Text("number")}-CN-{Ids(context, invoiceId) + 1:D2}";
        data["lines"] = States.List($"/v1/credit_notes/{id}/lines", []);
        data["lines"]!.AsObject().Remove("total_count");
        data["voided_at"] = null;
    }

    public override GenericRecord AfterCreate(GenericContext context, GenericRecord record)
    {
        var amount = record.Number("amount");
        var field = record.Text("type") == "post_payment" ? "post_payment_credit_notes_amount" : "pre_payment_credit_notes_amount";
        context.State.Generic["invoice"].Update(record.Text("invoice")!, invoice =>
        {
            var data = invoice.Data.DeepClone().AsObject();
            data[field] = invoice.Number(field) + amount;
            if (field.StartsWith("pre", StringComparison.Ordinal))
            {
                data["amount_due"] = invoice.Number("amount_due") - amount;
                data["amount_remaining"] = invoice.Number("amount_remaining") - amount;
            }

            return invoice with { Data = data };
        });
        return record;
    }

    public override ApiResult? Action(GenericContext context, string method, string action) => (method, action) switch
    {
        ("POST", "void") => context.Render(Void(context, context.Current()).Data),
        ("GET", "lines") => EmbeddedList.Page(context, context.Current().Data["lines"]?["data"]?.AsArray(), $"/v1/credit_notes/{context.Route.Id}/lines"),
        _ => null,
    };

    private static GenericRecord Void(GenericContext context, GenericRecord note)
    {
        if (note.Text("status") != "issued") throw ApiErrors.BadRequest("This credit note is already void.", null, "credit_note_already_voided");
        var now = context.Now;
        return context.Change(note.Id, data =>
        {
            data["status"] = "void";
            data["voided_at"] = now;
        }, "credit_note.voided");
    }

    private static int Ids(GenericContext context, string invoiceId)
    {
        var count = 0;
        context.Store.Scan(long.MaxValue, n =>
        {
            if (n.Text("invoice") == invoiceId) count++;
            return true;
        });
        return count;
    }
}
