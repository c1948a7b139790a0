using System.Text.Json;
using Polvo.Emulator.Objects;

namespace Polvo.Emulator.Customers;

/// <summary>Renders a customer as Stripe does (id and object first, then fields alphabetically).</summary>
internal static class CustomerJson
{
    public static void Write(Utf8JsonWriter writer, CustomerRecord c)
    {
        writer.WriteStartObject();
        writer.WriteString("id", c.Id);
        writer.WriteString("object", "customer");
        Address.Write(writer, "address", c.Address);
        writer.WriteNumber("balance", c.Balance);
        writer.WriteNumber("created", c.Created);
        Json.String(writer, "currency", c.Currency);
        writer.WriteNull("default_source");
        writer.WriteBoolean("delinquent", false);
        Json.String(writer, "description", c.Description);
        writer.WriteNull("discount");
        Json.String(writer, "email", c.Email);
        writer.WriteString("invoice_prefix", c.InvoicePrefix);
        writer.WriteStartObject("invoice_settings");
        writer.WriteNull("custom_fields");
        Json.String(writer, "default_payment_method", c.DefaultPaymentMethod);
        Json.String(writer, "footer", c.InvoiceFooter);
        writer.WriteNull("rendering_options");
        writer.WriteEndObject();
        writer.WriteBoolean("livemode", false);
        Metadata.Write(writer, c.Metadata);
        Json.String(writer, "name", c.Name);
        writer.WriteNumber("next_invoice_sequence", c.NextInvoiceSequence);
        Json.String(writer, "phone", c.Phone);
        writer.WriteStartArray("preferred_locales");
        foreach (var locale in c.PreferredLocales) writer.WriteStringValue(locale);
        writer.WriteEndArray();
        Shipping.Write(writer, c.Shipping, forCharge: false);
        writer.WriteString("tax_exempt", c.TaxExempt);
        writer.WriteNull("test_clock");
        writer.WriteEndObject();
    }

    /// <summary>The answer to a delete, and what an expanded reference to a deleted customer shows.</summary>
    public static void WriteDeleted(Utf8JsonWriter writer, string id)
    {
        writer.WriteStartObject();
        writer.WriteString("id", id);
        writer.WriteString("object", "customer");
        writer.WriteBoolean("deleted", true);
        writer.WriteEndObject();
    }
}
