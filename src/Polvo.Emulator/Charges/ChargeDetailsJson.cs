using System.Text.Json;
using Polvo.Emulator.Objects;

namespace Polvo.Emulator.Charges;

/// <summary>The nested parts of a charge: outcome, card details, source card and refunds list.</summary>
internal static class ChargeDetailsJson
{
    public static void WriteOutcome(Utf8JsonWriter w, ChargeRecord c)
    {
        w.WriteStartObject("outcome");
        w.WriteNull("advice_code");
        w.WriteNull("network_advice_code");
        w.WriteNull("network_decline_code");
        w.WriteString("network_status", c.Failed ? "declined_by_network" : "approved_by_network");
        Json.String(w, "reason", c.Card.DeclineCode);
        w.WriteString("risk_level", "normal");
        w.WriteNumber("risk_score", 20 + (c.Seq % 30));
        w.WriteString("seller_message", c.Failed ? "The bank did not return any further details with this decline." : "Payment complete.");
        w.WriteString("type", c.Failed ? "issuer_declined" : "authorized");
        w.WriteEndObject();
    }

    public static void WritePaymentMethodDetails(Utf8JsonWriter w, ChargeRecord c)
    {
        w.WriteStartObject("payment_method_details");
        w.WriteStartObject("card");
        w.WriteNull("amount_authorized");
        w.WriteString("brand", c.Card.Network);
        w.WriteStartObject("checks");
        w.WriteNull("address_line1_check");
        w.WriteNull("address_postal_code_check");
        w.WriteString("cvc_check", "pass");
        w.WriteEndObject();
        w.WriteString("country", "US");
        w.WriteNumber("exp_month", 8);
        w.WriteNumber("exp_year", 2030);
        w.WriteString("fingerprint", c.Card.Fingerprint);
        w.WriteString("funding", c.Card.Funding);
        w.WriteNull("installments");
        w.WriteString("last4", c.Card.Last4);
        w.WriteNull("mandate");
        w.WriteString("network", c.Card.Network);
        w.WriteNull("three_d_secure");
        w.WriteNull("wallet");
        w.WriteEndObject();
        w.WriteString("type", "card");
        w.WriteEndObject();
    }

    public static void WriteSource(Utf8JsonWriter w, ChargeRecord c)
    {
        w.WriteStartObject("source");
        w.WriteString("id", c.PaymentMethodId);
        w.WriteString("object", "card");
        foreach (var field in (ReadOnlySpan<string>)["address_city", "address_country", "address_line1", "address_line1_check", "address_line2", "address_state", "address_zip", "address_zip_check"])
        {
            w.WriteNull(field);
        }

        w.WriteString("brand", c.Card.Brand);
        w.WriteString("country", "US");
        Json.String(w, "customer", c.CustomerId);
        w.WriteString("cvc_check", "pass");
        w.WriteNull("dynamic_last4");
        w.WriteNumber("exp_month", 8);
        w.WriteNumber("exp_year", 2030);
        w.WriteString("fingerprint", c.Card.Fingerprint);
        w.WriteString("funding", c.Card.Funding);
        w.WriteString("last4", c.Card.Last4);
        Json.EmptyObject(w, "metadata");
        w.WriteNull("name");
        w.WriteNull("tokenization_method");
        w.WriteEndObject();
    }

    public static void WriteRefunds(Utf8JsonWriter w, ChargeRecord c)
    {
        w.WriteStartObject("refunds");
        w.WriteString("object", "list");
        w.WriteStartArray("data");
        foreach (var refund in c.Refunds) refund.WriteTo(w);
        w.WriteEndArray();
        w.WriteBoolean("has_more", false);
        w.WriteNumber("total_count", c.Refunds.Length);
        w.WriteString("url", $"/v1/charges/{c.Id}/refunds");
        w.WriteEndObject();
    }
}
