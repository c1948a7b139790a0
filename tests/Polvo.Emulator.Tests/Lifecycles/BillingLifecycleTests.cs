using System.Net;
using System.Text.Json;
using Polvo.Emulator.Tests.Support;

namespace Polvo.Emulator.Tests.Lifecycles;

public class BillingLifecycleTests : EmulatorTest
{
    [Fact]
    public async Task Invoice_DraftFinalizePay_WalksStripesStates()
    {
        var customer = await Client.CreateCustomerAsync();
        var item = await ResourceSetups.Ok(Client.PostAsync("/v1/invoiceitems", ("customer", customer), ("amount", "1234"), ("currency", "usd"), ("description", "Setup")));

        var draft = await Client.PostAsync("/v1/invoices", ("customer", customer));
        var open = await Client.PostAsync($"/v1/invoices/{draft.Id}/finalize");
        var paid = await Client.PostAsync($"/v1/invoices/{draft.Id}/pay");
        var lines = await Client.GetAsync($"/v1/invoices/{draft.Id}/lines");
        var itemAfter = await Client.GetAsync($"/v1/invoiceitems/{item}");
        var deleteFinal = await Client.DeleteAsync($"/v1/invoices/{draft.Id}");

        Assert.Equal("draft", draft.Str("status"));
        Assert.Equal(1234, draft.Json.GetProperty("amount_due").GetInt64());
        Assert.Null(draft.Str("number"));
        Assert.Equal("open", open.Str("status"));
        var prefix = (await Client.GetAsync($"/v1/customers/{customer}")).Str("invoice_prefix");
        Assert.Equal($"{prefix}-0001", open.Str("number"));
        Assert.Equal(2, (await Client.GetAsync($"/v1/customers/{customer}")).Json.GetProperty("next_invoice_sequence").GetInt64());
        Assert.True(open.Json.GetProperty("status_transitions").GetProperty("finalized_at").GetInt64() > 0);
        Assert.Equal("paid", paid.Str("status"));
        Assert.True(paid.Json.GetProperty("paid").GetBoolean());
        Assert.Equal(1234, paid.Json.GetProperty("amount_paid").GetInt64());
        Assert.Equal(0, paid.Json.GetProperty("amount_remaining").GetInt64());
        var charge = await Client.GetAsync($"/v1/charges/{paid.Str("charge")}");
        Assert.Equal(draft.Id, charge.Str("invoice"));
        Assert.Equal("Setup", lines.Json.GetProperty("data")[0].GetProperty("description").GetString());
        Assert.Equal(draft.Id, itemAfter.Str("invoice"));
        Assert.Equal(HttpStatusCode.BadRequest, deleteFinal.Status);
    }

    [Theory]
    [InlineData("void", "void", "voided_at")]
    [InlineData("mark_uncollectible", "uncollectible", "marked_uncollectible_at")]
    public async Task Invoice_OpenToVoidOrUncollectible_SetsStatusAndTransition(string action, string status, string transition)
    {
        var invoice = await ResourceSetups.OpenInvoiceAsync(Client, 500);
        var draft = await ResourceSetups.Ok(Client.PostAsync("/v1/invoices", ("customer", await Client.CreateCustomerAsync())));

        var moved = await Client.PostAsync($"/v1/invoices/{invoice}/{action}");
        var fromDraft = await Client.PostAsync($"/v1/invoices/{draft}/{action}");

        Assert.Equal(status, moved.Str("status"));
        Assert.True(moved.Json.GetProperty("status_transitions").GetProperty(transition).GetInt64() > 0);
        Assert.Equal(HttpStatusCode.BadRequest, fromDraft.Status);
    }

    [Fact]
    public async Task Invoice_PayWithDecliningCard_Is402AndStaysOpen()
    {
        var invoice = await ResourceSetups.OpenInvoiceAsync(Client, 500);

        var declined = await Client.PostAsync($"/v1/invoices/{invoice}/pay", ("payment_method", "pm_card_chargeDeclined"));
        var after = await Client.GetAsync($"/v1/invoices/{invoice}");
        var outOfBand = await Client.PostAsync($"/v1/invoices/{invoice}/pay", ("paid_out_of_band", "true"));

        Assert.Equal(HttpStatusCode.PaymentRequired, declined.Status);
        Assert.Equal("open", after.Str("status"));
        Assert.Equal(1, after.Json.GetProperty("attempt_count").GetInt64());
        Assert.Equal("paid", outOfBand.Str("status"));
        Assert.True(outOfBand.Json.GetProperty("paid_out_of_band").GetBoolean());
    }

    [Fact]
    public async Task Subscription_CreateAndCancel_SetsStatusAndCanceledAt()
    {
        var customer = await Client.CreateCustomerAsync();
        var price = await ResourceSetups.PriceAsync(Client, recurring: true);

        var created = await Client.PostAsync("/v1/subscriptions", ("customer", customer), ("items[0][price]", price), ("items[0][quantity]", "3"));
        var trial = await Client.PostAsync("/v1/subscriptions", ("customer", customer), ("items[0][price]", price), ("trial_period_days", "14"));
        var canceled = await Client.DeleteAsync($"/v1/subscriptions/{created.Id}");
        var active = await Client.GetAsync("/v1/subscriptions");
        var all = await Client.GetAsync("/v1/subscriptions?status=all");
        var byPrice = await Client.GetAsync($"/v1/subscriptions?status=all&price={price}");
        var otherPrice = await Client.GetAsync($"/v1/subscriptions?status=all&price={await ResourceSetups.PriceAsync(Client, recurring: true)}");
        var expanded = await Client.GetAsync($"/v1/customers/{customer}?expand[]=subscriptions");

        Assert.Equal("active", created.Str("status"));
        Assert.Equal(3, created.Json.GetProperty("items").GetProperty("data")[0].GetProperty("quantity").GetInt64());
        var start = DateTimeOffset.FromUnixTimeSeconds(created.Json.GetProperty("current_period_start").GetInt64());
        Assert.Equal(start.AddMonths(1).ToUnixTimeSeconds(), created.Json.GetProperty("current_period_end").GetInt64());
        Assert.Equal("trialing", trial.Str("status"));
        Assert.Equal("canceled", canceled.Str("status"));
        Assert.True(canceled.Json.GetProperty("canceled_at").GetInt64() > 0);
        Assert.Equal([trial.Id], active.DataIds);
        Assert.Equal(2, all.DataIds.Length);
        Assert.Equal(2, byPrice.DataIds.Length);
        Assert.Empty(otherPrice.DataIds);
        Assert.Equal([trial.Id], expanded.Json.GetProperty("subscriptions").GetProperty("data").EnumerateArray().Select(s => s.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Subscription_OneTimePrice_IsRefused()
    {
        var customer = await Client.CreateCustomerAsync();
        var price = await ResourceSetups.PriceAsync(Client, recurring: false);

        var response = await Client.PostAsync("/v1/subscriptions", ("customer", customer), ("items[0][price]", price));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("items[0][price]", response.Error.GetProperty("param").GetString());
    }

    [Fact]
    public async Task CheckoutSession_Expire_OpenToExpiredOnce()
    {
        var (path, form) = await ResourceSetups.PrepareAsync(Client, "checkout_sessions");
        var session = await Client.PostAsync(path, form);

        var lineItems = await Client.GetAsync($"/v1/checkout/sessions/{session.Id}/line_items");
        var expanded = await Client.GetAsync($"/v1/checkout/sessions/{session.Id}?expand[]=line_items");
        var expired = await Client.PostAsync($"/v1/checkout/sessions/{session.Id}/expire");
        var again = await Client.PostAsync($"/v1/checkout/sessions/{session.Id}/expire");

        Assert.Equal("open", session.Str("status"));
        Assert.Equal(1400, session.Json.GetProperty("amount_total").GetInt64());
        Assert.False(session.Json.TryGetProperty("line_items", out _));
        Assert.Equal(2, lineItems.Json.GetProperty("data")[0].GetProperty("quantity").GetInt64());
        Assert.Equal(JsonValueKind.Object, expanded.Json.GetProperty("line_items").ValueKind);
        Assert.Equal("expired", expired.Str("status"));
        Assert.Equal(HttpStatusCode.BadRequest, again.Status);
    }

    [Fact]
    public async Task CreditNote_OnOpenInvoice_LowersWhatIsDueAndVoids()
    {
        var invoice = await ResourceSetups.OpenInvoiceAsync(Client, 1000);

        var note = await Client.PostAsync("/v1/credit_notes", ("invoice", invoice), ("amount", "250"));
        var after = await Client.GetAsync($"/v1/invoices/{invoice}");
        var voided = await Client.PostAsync($"/v1/credit_notes/{note.Id}/void");

        Assert.Equal("issued", note.Str("status"));
        Assert.Equal(750, after.Json.GetProperty("amount_due").GetInt64());
        Assert.Equal("void", voided.Str("status"));
    }

    [Fact]
    public async Task CustomerBalanceTransaction_MovesTheCustomersBalance()
    {
        var customer = await Client.CreateCustomerAsync();

        var first = await Client.PostAsync($"/v1/customers/{customer}/balance_transactions", ("amount", "-500"), ("currency", "usd"));
        var second = await Client.PostAsync($"/v1/customers/{customer}/balance_transactions", ("amount", "200"), ("currency", "usd"));
        var after = await Client.GetAsync($"/v1/customers/{customer}");

        Assert.Equal(-500, first.Json.GetProperty("ending_balance").GetInt64());
        Assert.Equal(-300, second.Json.GetProperty("ending_balance").GetInt64());
        Assert.Equal(-300, after.Json.GetProperty("balance").GetInt64());
    }

    [Fact]
    public async Task Price_WithProductData_MakesTheProduct()
    {
        var price = await Client.PostAsync("/v1/prices", ("currency", "usd"), ("unit_amount", "300"), ("product_data[name]", "Made inline"));

        var product = await Client.GetAsync($"/v1/products/{price.Str("product")}");
        var deleteWithPrice = await Client.DeleteAsync($"/v1/products/{product.Id}");

        Assert.Equal("Made inline", product.Str("name"));
        Assert.Equal("one_time", price.Str("type"));
        Assert.Equal(HttpStatusCode.BadRequest, deleteWithPrice.Status);
    }
}
