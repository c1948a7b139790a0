using System.Text.Json;
using Polvo.Core.Tests.TestSupport;
using Polvo.Stripe.Entities;

namespace Polvo.Core.Tests.Stripe.Entities;

/// <summary>Every customer and charge example of Stripe's fixtures survives fixture -> entity -> JSON (null equals absent, see <see cref="JsonSemantics"/>).</summary>
public class RoundTripTests
{
    [Fact]
    public void Customer_StripeFixture_RoundTripsWithoutLoss()
    {
        var customer = JsonSerializer.Deserialize(Fixtures.Read("customer"), StripeJsonContext.Default.Customer)!;
        var written = JsonSerializer.SerializeToElement(customer, StripeJsonContext.Default.Customer);
        Assert.Empty(JsonSemantics.Differences(Fixtures.Parse("customer"), written));
    }

    [Fact]
    public void Charge_StripeFixture_RoundTripsWithoutLoss()
    {
        var charge = JsonSerializer.Deserialize(Fixtures.Read("charge"), StripeJsonContext.Default.Charge)!;
        var written = JsonSerializer.SerializeToElement(charge, StripeJsonContext.Default.Charge);
        Assert.Empty(JsonSemantics.Differences(Fixtures.Parse("charge"), written));
    }

    [Fact]
    public void Customer_StripeFixture_DecodesTypedFields()
    {
        var customer = JsonSerializer.Deserialize(Fixtures.Read("customer"), StripeJsonContext.Default.Customer)!;
        Assert.Equal("cus_QXg1o8vcGmoR32", customer.Id);
        Assert.Equal("customer", customer.Object);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1234567890), customer.Created);
        Assert.Equal("7FE1103", customer.InvoicePrefix);
        Assert.Equal("none", customer.TaxExempt);
        Assert.Equal(1, customer.NextInvoiceSequence);
        Assert.NotNull(customer.Address);
        Assert.Null(customer.Address!.Line1);
        Assert.Empty(customer.Metadata!);
        Assert.Equal("obj_123", customer.Discount!.Id);
        Assert.Null(customer.DefaultSource);
        Assert.Null(customer.Deleted);
    }

    [Fact]
    public void Charge_StripeFixture_DecodesTypedFieldsAndKeepsUnknownOnes()
    {
        var charge = JsonSerializer.Deserialize(Fixtures.Read("charge"), StripeJsonContext.Default.Charge)!;
        Assert.Equal(100, charge.Amount);
        Assert.Equal("succeeded", charge.Status);
        Assert.Equal("Jenny Rosen", charge.BillingDetails!.Name);
        Assert.Equal("txn_1PgaxNB7WZ01zgkWEV3TLf40", charge.BalanceTransaction!.Id);
        Assert.False(charge.BalanceTransaction.IsExpanded);
        Assert.Equal("/v1/charges/ch_1PgafuB7WZ01zgkWXYmPNZs8/refunds", charge.Refunds!.Url);
        Assert.Equal("visa", charge.PaymentMethodDetails!.Card!.Brand);
        Assert.Equal("type", charge.Outcome!.Type);
        Assert.True(charge.ExtensionData!.ContainsKey("source"));
        Assert.True(charge.BillingDetails.ExtensionData!.ContainsKey("tax_id"));
        Assert.True(charge.Outcome.ExtensionData!.ContainsKey("advice_code"));
    }

    [Fact]
    public void Customer_StripeFixture_DecodesInvoiceSettingsTyped()
    {
        var customer = JsonSerializer.Deserialize(Fixtures.Read("customer"), StripeJsonContext.Default.Customer)!;

        var settings = customer.InvoiceSettings!;
        Assert.Null(settings.CustomFields);
        Assert.Null(settings.DefaultPaymentMethod);
        Assert.Null(settings.Footer);
        // rendering_options came after API 2020-08-27: kept as an unknown field.
        Assert.Equal(JsonValueKind.Object, settings.ExtensionData!["rendering_options"].ValueKind);
    }

    [Fact]
    public void Customer_InvoiceSettingsWithEveryFieldAndAnUnknownOne_RoundTripsWithoutLoss()
    {
        const string json = """
            {"id":"cus_1","object":"customer","created":5,"invoice_settings":{
              "custom_fields":[{"name":"PO","value":"42","future":1}],"default_payment_method":"pm_1","footer":"Thanks",
              "rendering_options":{"amount_tax_display":"exclude_tax","template":"inrtem_1","future":true},"future_setting":"x"}}
            """;

        var customer = JsonSerializer.Deserialize(json, StripeJsonContext.Default.Customer)!;
        var written = JsonSerializer.SerializeToElement(customer, StripeJsonContext.Default.Customer);

        var settings = customer.InvoiceSettings!;
        Assert.Equal("42", Assert.Single(settings.CustomFields!).Value);
        Assert.Equal("pm_1", settings.DefaultPaymentMethod!.Id);
        Assert.Equal("Thanks", settings.Footer);
        Assert.Equal("exclude_tax", settings.ExtensionData!["rendering_options"].GetProperty("amount_tax_display").GetString());
        Assert.True(settings.ExtensionData!.ContainsKey("future_setting"));
        using var expected = JsonDocument.Parse(json);
        Assert.Empty(JsonSemantics.Differences(expected.RootElement, written));
    }

    [Fact]
    public void Customer_DeletedMarker_DecodesDeleted()
    {
        var customer = JsonSerializer.Deserialize(Fixtures.Read("deleted_customer"), StripeJsonContext.Default.Customer)!;
        Assert.True(customer.Deleted);
        Assert.Equal("cus_QXg1o8vcGmoR32", customer.Id);
    }

    [Fact]
    public void Customer_UnknownField_IsWrittenBack()
    {
        var customer = JsonSerializer.Deserialize("""{"id":"cus_1","object":"customer","created":5,"future_field":{"x":[1,2]}}""", StripeJsonContext.Default.Customer)!;
        var written = JsonSerializer.SerializeToElement(customer, StripeJsonContext.Default.Customer);
        Assert.Equal("""{"x":[1,2]}""", written.GetProperty("future_field").GetRawText());
        Assert.Equal(5, written.GetProperty("created").GetInt64());
    }
}
