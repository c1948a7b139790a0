using System.Text.Json;
using Polvo.Emulator.Customers;
using Polvo.Emulator.Objects;
using Polvo.Emulator.Store;

namespace Polvo.Emulator.Charges;

/// <summary>Renders a charge as Stripe does; the customer as an id or, when expanded, the object.</summary>
internal static class ChargeJson
{
    public static void Write(Utf8JsonWriter w, ChargeRecord c, ObjectStore<CustomerRecord>? expandCustomers)
    {
        w.WriteStartObject();
        w.WriteString("id", c.Id);
        w.WriteString("object", "charge");
        w.WriteNumber("amount", c.Amount);
        w.WriteNumber("amount_captured", c.Captured && !c.Failed ? c.CapturedAmount ?? c.Amount : 0);
        w.WriteNumber("amount_refunded", c.AmountRefunded);
        w.WriteNull("application");
        w.WriteNull("application_fee");
        w.WriteNull("application_fee_amount");
        Json.String(w, "balance_transaction", c.Failed ? null : c.BalanceTransactionId);
        w.WriteStartObject("billing_details");
        Address.Write(w, "address", Address.Empty);
        w.WriteNull("email");
        w.WriteNull("name");
        w.WriteNull("phone");
        w.WriteEndObject();
        Json.String(w, "calculated_statement_descriptor", c.Failed ? null : c.StatementDescriptor ?? "POLVO EMULATOR");
        w.WriteBoolean("captured", c.Captured && !c.Failed);
        w.WriteNumber("created", c.Created);
        w.WriteString("currency", c.Currency);
        WriteCustomer(w, c.CustomerId, expandCustomers);
        Json.String(w, "description", c.Description);
        w.WriteBoolean("disputed", c.DisputeId is not null);
        w.WriteNull("failure_balance_transaction");
        Json.String(w, "failure_code", c.Card.FailureCode);
        Json.String(w, "failure_message", c.Card.FailureMessage);
        w.WriteStartObject("fraud_details");
        if (c.UserReport is not null) w.WriteString("user_report", c.UserReport);
        w.WriteEndObject();
        Json.String(w, "invoice", c.InvoiceId);
        w.WriteBoolean("livemode", false);
        Metadata.Write(w, c.Metadata);
        w.WriteNull("on_behalf_of");
        w.WriteNull("order");
        ChargeDetailsJson.WriteOutcome(w, c);
        w.WriteBoolean("paid", !c.Failed);
        Json.String(w, "payment_intent", c.PaymentIntentId);
        w.WriteString("payment_method", c.PaymentMethodId);
        ChargeDetailsJson.WritePaymentMethodDetails(w, c);
        Json.String(w, "receipt_email", c.ReceiptEmail);
        w.WriteNull("receipt_number");
        w.WriteString("receipt_url", $"https://pay.stripe.com/receipts/polvo-emulator/{c.Id}");
        w.WriteBoolean("refunded", c.AmountRefunded > 0 && c.AmountRefunded >= c.Amount);
        ChargeDetailsJson.WriteRefunds(w, c);
        w.WriteNull("review");
        Shipping.Write(w, c.Shipping, forCharge: true);
        ChargeDetailsJson.WriteSource(w, c);
        w.WriteNull("source_transfer");
        Json.String(w, "statement_descriptor", c.StatementDescriptor);
        Json.String(w, "statement_descriptor_suffix", c.StatementDescriptorSuffix);
        w.WriteString("status", c.Failed ? "failed" : "succeeded");
        w.WriteNull("transfer_data");
        Json.String(w, "transfer_group", c.TransferGroup);
        w.WriteEndObject();
    }

    private static void WriteCustomer(Utf8JsonWriter w, string? id, ObjectStore<CustomerRecord>? customers)
    {
        if (id is null || customers is null)
        {
            Json.String(w, "customer", id);
            return;
        }

        var customer = customers.Get(id, out var deleted);
        w.WritePropertyName("customer");
        if (customer is not null) CustomerJson.Write(w, customer);
        else if (deleted) CustomerJson.WriteDeleted(w, id);
        else w.WriteStringValue(id);
    }
}
