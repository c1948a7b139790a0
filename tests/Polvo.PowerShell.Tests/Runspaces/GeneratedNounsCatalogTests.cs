using Polvo.PowerShell.Tests.TestSupport;
using static Polvo.PowerShell.Tests.Runspaces.GeneratedNounChecks;

namespace Polvo.PowerShell.Tests.Runspaces;

/// <summary>Coupons, promotion codes, tax rates, Checkout sessions, payment links (with their line items) and webhook endpoints against the emulator.</summary>
public sealed class GeneratedNounsCatalogTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>
{
    [Fact]
    public void Coupon_WithAChosenIdAndItsPromotionCodes_CreatedListedUpdatedDeleted()
    {
        using var session = PolvoRunspace.Open(emulator);
        emulator.Emulator.Requests.Clear();

        var coupon = Single(session.Invoke("New-PolvoStripeCoupon -PercentOff 12.5 -Duration repeating -DurationInMonths 3 -Name Spring -Body @{ id = 'SPRING25' }"), "Coupon");
        Assert.Equal("SPRING25", coupon.Value<string>("Id"));
        Assert.Equal(12.5m, coupon.Value<decimal>("PercentOff"));
        Assert.Equal([("duration", "repeating"), ("duration_in_months", "3"), ("id", "SPRING25"), ("name", "Spring"), ("percent_off", "12.5")], Sent(emulator, "POST", "/v1/coupons").Fields());

        var code = Single(session.Invoke("Get-PolvoStripeCoupon -Id SPRING25 | New-PolvoStripePromotionCode -Code SPRING"), "PromotionCode");
        string codeId = code.Value<string>("Id");
        Assert.Equal([("code", "SPRING"), ("coupon", "SPRING25")], Sent(emulator, "POST", "/v1/promotion_codes").Fields()); // only the coupon's id is taken from it

        Assert.Contains(All(session.Invoke("Get-PolvoStripeCoupon -Id SPRING25 | Get-PolvoStripePromotionCode -Active true"), "PromotionCode"), c => c.Value<string>("Id") == codeId);
        string query = Sent(emulator, "GET", "/v1/promotion_codes").QueryString;
        Assert.Contains("coupon=SPRING25", query, StringComparison.Ordinal);
        Assert.Contains("active=true", query, StringComparison.Ordinal);
        Assert.False(Single(session.Invoke("Set-PolvoStripePromotionCode $id -Active:$false -PassThru", Vars(("id", codeId))), "PromotionCode").Value<bool>("Active"));
        Assert.Equal([("active", "false")], Sent(emulator, "POST", $"/v1/promotion_codes/{codeId}").Fields());
        Single(session.Invoke("Get-PolvoStripePromotionCode -Code SPRING"), "PromotionCode");

        Assert.Contains(All(session.Invoke("Get-PolvoStripeCoupon"), "Coupon"), c => c.Value<string>("Id") == "SPRING25");
        Assert.Equal("Spring sale", Single(session.Invoke("Set-PolvoStripeCoupon SPRING25 -Name 'Spring sale' -PassThru"), "Coupon").Value<string>("Name"));
        Assert.True(Single(session.Invoke("'SPRING25' | Remove-PolvoStripeCoupon -Force -PassThru"), "DeletedCoupon").Value<bool>("Deleted"));
        Assert.Single(emulator.Queries("DELETE", "/v1/coupons/SPRING25"));
    }

    [Fact]
    public void NewCoupon_NegativeAmountOff_IsRefusedBeforeAnyRequest()
    {
        using var session = PolvoRunspace.Open(emulator);
        emulator.Emulator.Requests.Clear();

        var result = session.Invoke("New-PolvoStripeCoupon -AmountOff -5 -Currency usd -Duration once");

        Assert.Contains("AmountOff", Assert.Single(result.Errors).ToString(), StringComparison.Ordinal);
        Assert.Empty(emulator.Queries("POST", "/v1/coupons"));
    }

    [Fact]
    public void TaxRate_CreatedWithADecimalPercentageFilteredArchived()
    {
        using var session = PolvoRunspace.Open(emulator);
        emulator.Emulator.Requests.Clear();

        var rate = Single(session.Invoke("New-PolvoStripeTaxRate -DisplayName VAT -Percentage 19.5 -Inclusive:$false -Jurisdiction DE"), "TaxRate");
        string id = rate.Value<string>("Id");
        Assert.Equal([("display_name", "VAT"), ("inclusive", "false"), ("jurisdiction", "DE"), ("percentage", "19.5")], Sent(emulator, "POST", "/v1/tax_rates").Fields());

        Assert.Contains(All(session.Invoke("Get-PolvoStripeTaxRate -Inclusive false -Active true"), "TaxRate"), r => r.Value<string>("Id") == id);
        Assert.Contains("inclusive=false", Sent(emulator, "GET", "/v1/tax_rates").QueryString, StringComparison.Ordinal);
        Assert.False(Single(session.Invoke("Get-PolvoStripeTaxRate $id | Set-PolvoStripeTaxRate -Active:$false -PassThru", Vars(("id", id))), "TaxRate").Value<bool>("Active"));
        Assert.Equal([("active", "false")], Sent(emulator, "POST", $"/v1/tax_rates/{id}").Fields());
    }

    [Fact]
    public void CheckoutSession_CreatedListedItsLineItemsExpired()
    {
        using var session = PolvoRunspace.Open(emulator);
        string price = Id(session, "$p = New-PolvoStripeProduct -Name Tee; New-PolvoStripePrice -Product $p.Id -Currency usd -UnitAmount 700");
        emulator.Emulator.Requests.Clear();

        var created = Single(session.Invoke("New-PolvoStripeCheckoutSession -SuccessUrl https://example.com/ok -CancelUrl https://example.com/back -Mode payment -Body @{ line_items = @(@{ price = $p; quantity = 2 }); payment_method_types = @('card') }", Vars(("p", price))), "CheckoutSession");
        string id = created.Value<string>("Id");
        Assert.Equal("open", created.Value<string>("Status"));
        Assert.Contains(("success_url", "https://example.com/ok"), Sent(emulator, "POST", "/v1/checkout/sessions").Fields());

        Assert.Contains(All(session.Invoke("Get-PolvoStripeCheckoutSession -First 50"), "CheckoutSession"), s => s.Value<string>("Id") == id);
        var line = Single(session.Invoke("Get-PolvoStripeCheckoutSession -Id $id | Get-PolvoStripeCheckoutSessionLineItem", Vars(("id", id))), "Item");
        Assert.Equal(2L, line.Value<long>("Quantity"));
        Assert.Equal(1400L, line.Value<long>("AmountTotal"));
        Sent(emulator, "GET", $"/v1/checkout/sessions/{id}/line_items");

        Assert.Equal("expired", Single(session.Invoke("Stop-PolvoStripeCheckoutSession $id -Force -PassThru", Vars(("id", id))), "CheckoutSession").Value<string>("Status"));
        Assert.Single(emulator.Queries("POST", $"/v1/checkout/sessions/{id}/expire"));
    }

    [Fact]
    public void PaymentLink_CreatedWithLineItemsInBodyItsLineItemsDeactivated()
    {
        using var session = PolvoRunspace.Open(emulator);
        string price = Id(session, "$p = New-PolvoStripeProduct -Name Mug; New-PolvoStripePrice -Product $p.Id -Currency usd -UnitAmount 300");
        emulator.Emulator.Requests.Clear();

        // line_items (required, nested) is reachable only through -Body: it satisfies the typed options' requirement.
        var link = Single(session.Invoke("New-PolvoStripePaymentLink -Metadata @{ campaign = 'mugs' } -Body @{ line_items = @(@{ price = $p; quantity = 1 }) }", Vars(("p", price))), "PaymentLink");
        string id = link.Value<string>("Id");
        Assert.Equal([("line_items[0][price]", price), ("line_items[0][quantity]", "1"), ("metadata[campaign]", "mugs")], Sent(emulator, "POST", "/v1/payment_links").Fields());

        Assert.Contains(All(session.Invoke("Get-PolvoStripePaymentLink -Active true"), "PaymentLink"), l => l.Value<string>("Id") == id);
        Assert.Equal(300L, Single(session.Invoke("Get-PolvoStripePaymentLink $id | Get-PolvoStripePaymentLinkLineItem", Vars(("id", id))), "Item").Value<long>("AmountTotal"));
        Assert.False(Single(session.Invoke("Set-PolvoStripePaymentLink $id -Active:$false -PassThru", Vars(("id", id))), "PaymentLink").Value<bool>("Active"));
    }

    [Fact]
    public void WebhookEndpoint_CreatedDisabledDeleted()
    {
        using var session = PolvoRunspace.Open(emulator);
        emulator.Emulator.Requests.Clear();

        var endpoint = Single(session.Invoke("New-PolvoStripeWebhookEndpoint -Url http://127.0.0.1:9/hook -EnabledEvents invoice.paid, charge.succeeded -Description ops"), "WebhookEndpoint");
        string id = endpoint.Value<string>("Id");
        Assert.Equal([("description", "ops"), ("enabled_events[0]", "invoice.paid"), ("enabled_events[1]", "charge.succeeded"), ("url", "http://127.0.0.1:9/hook")], Sent(emulator, "POST", "/v1/webhook_endpoints").Fields());

        Assert.Contains(All(session.Invoke("Get-PolvoStripeWebhookEndpoint"), "WebhookEndpoint"), w => w.Value<string>("Id") == id);
        Assert.Equal("disabled", Single(session.Invoke("Get-PolvoStripeWebhookEndpoint $id | Set-PolvoStripeWebhookEndpoint -Disabled -PassThru", Vars(("id", id))), "WebhookEndpoint").Value<string>("Status"));
        Assert.True(Single(session.Invoke("Remove-PolvoStripeWebhookEndpoint $id -Force -PassThru", Vars(("id", id))), "DeletedWebhookEndpoint").Value<bool>("Deleted"));
    }
}
