using System.Globalization;
using System.Text.Json.Nodes;
using Polvo.Emulator.Charges;
using Polvo.Emulator.Generic;
using Polvo.Emulator.Http;

namespace Polvo.Emulator.Lifecycles;

/// <summary>
/// Invoices: created as drafts holding the customer's pending invoice items; finalize (draft → open, numbered, paid
/// at once when nothing is due), pay (open → paid, charging the customer's card unless <c>paid_out_of_band</c>),
/// void (open → void), mark_uncollectible (open → uncollectible); only drafts can be deleted.
/// </summary>
internal sealed class InvoiceLifecycle : ResourceLifecycle
{
    public override void BeforeCreate(GenericContext context, JsonObject data)
    {
        var customerId = context.Param("customer") ?? throw ApiErrors.MissingParameter("customer");
        var customer = context.State.Customers.Get(customerId) ?? throw ApiErrors.NoSuch("customer", customerId, "customer", 400);
        var id = data["id"]!.GetValue<string>();
        var lines = new JsonArray();
        if (context.Param("pending_invoice_items_behavior") != "exclude")
        {
            context.State.Generic["invoiceitem"].Scan(long.MaxValue, item =>
            {
                if (item.Text("customer") == customerId && item.Data["invoice"] is null) lines.Add(InvoiceLines.FromItem(item.Data));
                return true;
            });
        }

        var now = context.Now;
        data["status"] = "draft";
        data["customer_email"] = customer.Email;
        data["customer_name"] = customer.Name;
        data["customer_phone"] = customer.Phone;
        data["currency"] = lines.FirstOrDefault()?["currency"]?.GetValue<string>() ?? customer.Currency ?? "usd";
        data["lines"] = States.List($"/v1/invoices/{id}/lines", lines);
        data["lines"]!.AsObject().Remove("total_count");
        data["period_start"] = now;
        data["period_end"] = now;
        data["auto_advance"] = context.BoolParam("auto_advance") ?? false;
        data["collection_method"] = context.Param("collection_method") ?? "charge_automatically";
        data["due_date"] = context.LongParam("due_date") ?? (context.LongParam("days_until_due") is { } days ? now + days * 86400 : null);
        data["next_payment_attempt"] = null;
        data["webhooks_delivered_at"] = null;
        data["number"] = null;
        data["paid"] = false;
        data["attempted"] = false;
        data["attempt_count"] = 0;
        data["status_transitions"] = new JsonObject { ["finalized_at"] = null, ["marked_uncollectible_at"] = null, ["paid_at"] = null, ["voided_at"] = null };
        InvoiceLines.Total(data);
    }

    public override GenericRecord AfterCreate(GenericContext context, GenericRecord record)
    {
        var items = context.State.Generic["invoiceitem"];
        foreach (var line in record.Data["lines"]!["data"]!.AsArray())
        {
            if (line?["invoice_item"]?.GetValue<string>() is { } itemId) items.Update(itemId, i => i with { Data = With(i.Data, "invoice", record.Id) });
        }

        return record;
    }

    public override ApiResult? Delete(GenericContext context, GenericRecord current)
    {
        if (current.Text("status") != "draft") throw ApiErrors.BadRequest("You can only delete draft invoices.", null, "invoice_not_editable");
        return null;
    }

    public override ApiResult? Action(GenericContext context, string method, string action) => (method, action) switch
    {
        ("POST", "finalize") => context.Render(Finalize(context, context.Current()).Data),
        ("POST", "pay") => context.Render(Pay(context, context.Current()).Data),
        ("POST", "void") => context.Render(Move(context, context.Current(), "void", "voided_at", "invoice.voided", "open", "uncollectible").Data),
        ("POST", "mark_uncollectible") => context.Render(Move(context, context.Current(), "uncollectible", "marked_uncollectible_at", "invoice.marked_uncollectible", "open").Data),
        ("POST", "send") => context.Render(Send(context, context.Current()).Data),
        ("GET", "lines") => EmbeddedList.Page(context, context.Current().Data["lines"]?["data"]?.AsArray(), $"/v1/invoices/{context.Route.Id}/lines"),
        _ => null,
    };

    private static GenericRecord Finalize(GenericContext context, GenericRecord invoice)
    {
        if (invoice.Text("status") != "draft")
        {
            throw ApiErrors.BadRequest("This invoice is already finalized, you can't re-finalize a non-draft invoice.", null, "invoice_not_editable");
        }

        var now = context.Now;
        // Numbered as Stripe numbers them: the customer's invoice prefix and its next invoice sequence, which moves on.
        Customers.CustomerRecord? customer = null;
        context.State.Customers.Update(invoice.Text("customer") ?? string.Empty, c => (customer = c) with { NextInvoiceSequence = c.NextInvoiceSequence + 1 });
        var number = customer is null ? $"EMULATOR-{invoice.Id[^4..]}" : $"{customer.InvoicePrefix}-{customer.NextInvoiceSequence.ToString("D4", CultureInfo.InvariantCulture)}";
        var finalized = context.Change(invoice.Id, data =>
        {
            data["status"] = "open";
            data["number"] = number;
            data["status_transitions"]!["finalized_at"] = now;
            data["hosted_invoice_url"] = $"https://invoice.stripe.com/i/polvo-emulator/{invoice.Id}";
            data["invoice_pdf"] = $"https://pay.stripe.com/invoice/polvo-emulator/{invoice.Id}/pdf";
            data["webhooks_delivered_at"] = now;
        }, "invoice.finalized");
        return finalized.Number("amount_due") == 0 ? MarkPaid(context, finalized, null) : finalized;
    }

    private static GenericRecord Pay(GenericContext context, GenericRecord invoice)
    {
        if (invoice.Text("status") == "draft") invoice = Finalize(context, invoice);
        if (invoice.Text("status") == "paid") throw ApiErrors.BadRequest("Invoice is already paid.", null, "invoice_already_paid");
        if (invoice.Text("status") is not ("open" or "uncollectible")) throw ApiErrors.BadRequest($"You can only pay an open invoice; this one is {invoice.Text("status")}.", null, "invoice_not_open");
        if (context.BoolParam("paid_out_of_band") == true)
        {
            return MarkPaid(context, context.Change(invoice.Id, data => data["paid_out_of_band"] = true), null);
        }

        var card = States.Card(context, context.Param("payment_method") ?? context.Param("source") ?? "pm_card_visa", context.Param("source") is null ? "payment_method" : "source");
        var now = context.Now;
        var charge = ChargeMaker.Make(context.Request, (id, seq) => new ChargeRecord(id, seq, now)
        {
            Amount = invoice.Number("amount_remaining"), Currency = invoice.Text("currency") ?? "usd", CustomerId = invoice.Text("customer"),
            Card = card, InvoiceId = invoice.Id, Description = $"Payment for invoice {invoice.Text("number")}",
        });
        if (charge.Failed)
        {
            context.Change(invoice.Id, data =>
            {
                data["attempted"] = true;
                data["attempt_count"] = invoice.Number("attempt_count") + 1;
                data["charge"] = charge.Id;
            }, "invoice.payment_failed");
            throw ChargeMaker.Declined(charge);
        }

        return MarkPaid(context, invoice, charge.Id);
    }

    private static GenericRecord MarkPaid(GenericContext context, GenericRecord invoice, string? chargeId)
    {
        var now = context.Now;
        var paid = context.Change(invoice.Id, data =>
        {
            data["status"] = "paid";
            data["paid"] = true;
            data["amount_paid"] = invoice.Number("amount_due");
            data["amount_remaining"] = 0;
            data["attempted"] = chargeId is not null || invoice.Data["attempted"]?.GetValue<bool>() == true;
            if (chargeId is not null)
            {
                data["charge"] = chargeId;
                data["attempt_count"] = invoice.Number("attempt_count") + 1;
            }

            data["status_transitions"]!["paid_at"] = now;
        }, "invoice.paid");
        context.State.RecordEvent("invoice.payment_succeeded", paid.Data, null, context.Request);
        return paid;
    }

    private static GenericRecord Move(GenericContext context, GenericRecord invoice, string status, string transition, string eventType, params string[] from)
    {
        if (Array.IndexOf(from, invoice.Text("status")) < 0)
        {
            throw ApiErrors.BadRequest($"You can only move an invoice to {status} from {string.Join(" or ", from)}; this invoice is {invoice.Text("status")}.", null, "invoice_not_open");
        }

        var now = context.Now;
        return context.Change(invoice.Id, data =>
        {
            data["status"] = status;
            data["status_transitions"]![transition] = now;
        }, eventType);
    }

    private static GenericRecord Send(GenericContext context, GenericRecord invoice)
    {
        if (invoice.Text("status") != "open") throw ApiErrors.BadRequest("You can only send an open invoice.", null, "invoice_not_open");
        context.State.RecordEvent("invoice.sent", invoice.Data, null, context.Request);
        return invoice;
    }

    private static JsonObject With(JsonObject data, string name, JsonNode? value)
    {
        var copy = data.DeepClone().AsObject();
        copy[name] = value;
        return copy;
    }
}
