using System.Net;

namespace Polvo.Emulator.Tests.Support;

/// <summary>
/// For each generic resource: the objects it needs first (a customer, a price, a charge, ...) and then the
/// collection path and a create form that Stripe accepts.
/// </summary>
internal static class ResourceSetups
{
    public static readonly string[] Names =
    [
        "payment_intents", "setup_intents", "payment_methods", "refunds", "charge_refunds", "invoices", "invoiceitems", "credit_notes",
        "subscriptions", "subscription_items", "subscription_schedules", "products", "prices", "coupons", "promotion_codes",
        "tax_rates", "checkout_sessions", "payment_links", "webhook_endpoints", "payouts", "transfers", "transfer_reversals",
        "tax_ids", "customer_balance_transactions",
    ];

    public static async Task<(string Path, (string, string)[] Form)> PrepareAsync(ApiClient client, string name)
    {
        switch (name)
        {
            case "payment_intents": return ("/v1/payment_intents", [("amount", "2000"), ("currency", "usd")]);
            case "setup_intents": return ("/v1/setup_intents", []);
            case "payment_methods": return ("/v1/payment_methods", [("type", "card"), ("card[token]", "tok_mastercard")]);
            case "refunds": return ("/v1/refunds", [("charge", await ChargeAsync(client, 100_000)), ("amount", "100")]);
            case "charge_refunds": return ($"/v1/charges/{await ChargeAsync(client, 100_000)}/refunds", [("amount", "100")]);
            case "invoices":
                return ("/v1/invoices", [("customer", await client.CreateCustomerAsync())]);
            case "invoiceitems": return ("/v1/invoiceitems", [("customer", await client.CreateCustomerAsync()), ("amount", "500"), ("currency", "usd")]);
            case "credit_notes": return ("/v1/credit_notes", [("invoice", await OpenInvoiceAsync(client, 100_000)), ("amount", "100")]);
            case "subscriptions": return ("/v1/subscriptions", [("customer", await client.CreateCustomerAsync()), ("items[0][price]", await PriceAsync(client, recurring: true))]);
            case "subscription_items":
                var subscription = await Ok(client.PostAsync("/v1/subscriptions", ("customer", await client.CreateCustomerAsync()), ("items[0][price]", await PriceAsync(client, recurring: true))));
                return ("/v1/subscription_items", [("subscription", subscription), ("price", await PriceAsync(client, recurring: true))]);
            case "subscription_schedules": return ("/v1/subscription_schedules", [("customer", await client.CreateCustomerAsync()), ("start_date", "now")]);
            case "products": return ("/v1/products", [("name", "T-shirt")]);
            case "prices": return ("/v1/prices", [("currency", "usd"), ("unit_amount", "1200"), ("product", await Ok(client.PostAsync("/v1/products", ("name", "Mug"))))]);
            case "coupons": return ("/v1/coupons", [("percent_off", "25"), ("duration", "once")]);
            case "promotion_codes": return ("/v1/promotion_codes", [("coupon", await Ok(client.PostAsync("/v1/coupons", ("amount_off", "500"), ("currency", "usd"))))]);
            case "tax_rates": return ("/v1/tax_rates", [("display_name", "VAT"), ("inclusive", "false"), ("percentage", "23")]);
            case "checkout_sessions":
                return ("/v1/checkout/sessions", [("success_url", "https://example.com/ok"), ("cancel_url", "https://example.com/no"), ("mode", "payment"),
                    ("line_items[0][price]", await PriceAsync(client, recurring: false)), ("line_items[0][quantity]", "2")]);
            case "payment_links": return ("/v1/payment_links", [("line_items[0][price]", await PriceAsync(client, recurring: false)), ("line_items[0][quantity]", "1")]);
            case "webhook_endpoints": return ("/v1/webhook_endpoints", [("url", "http://127.0.0.1:9/hook"), ("enabled_events[]", "customer.created")]);
            case "payouts": return ("/v1/payouts", [("amount", "100"), ("currency", "usd")]);
            case "transfers": return ("/v1/transfers", [("amount", "100"), ("currency", "usd"), ("destination", "acct_1032D82eZvKYlo2C")]);
            case "transfer_reversals":
                var transfer = await Ok(client.PostAsync("/v1/transfers", ("amount", "100000"), ("currency", "usd"), ("destination", "acct_1032D82eZvKYlo2C")));
                return ($"/v1/transfers/{transfer}/reversals", [("amount", "10")]);
            case "tax_ids": return ($"/v1/customers/{await client.CreateCustomerAsync()}/tax_ids", [("type", "eu_vat"), ("value", "DE123456789")]);
            case "customer_balance_transactions": return ($"/v1/customers/{await client.CreateCustomerAsync()}/balance_transactions", [("amount", "-500"), ("currency", "usd")]);
            default: throw new ArgumentOutOfRangeException(nameof(name), name, "No setup for this resource.");
        }
    }

    public static async Task<string> ChargeAsync(ApiClient client, long amount) =>
        await Ok(client.PostAsync("/v1/charges", ("amount", amount.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("currency", "usd"), ("source", "tok_visa")));

    public static async Task<string> PriceAsync(ApiClient client, bool recurring)
    {
        var product = await Ok(client.PostAsync("/v1/products", ("name", "Plan")));
        (string, string)[] form = recurring
            ? [("currency", "usd"), ("unit_amount", "1500"), ("product", product), ("recurring[interval]", "month")]
            : [("currency", "usd"), ("unit_amount", "700"), ("product", product)];
        return await Ok(client.PostAsync("/v1/prices", form));
    }

    public static async Task<string> OpenInvoiceAsync(ApiClient client, long amount)
    {
        var customer = await client.CreateCustomerAsync();
        await Ok(client.PostAsync("/v1/invoiceitems", ("customer", customer), ("amount", amount.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("currency", "usd")));
        var invoice = await Ok(client.PostAsync("/v1/invoices", ("customer", customer)));
        await Ok(client.PostAsync($"/v1/invoices/{invoice}/finalize"));
        return invoice;
    }

    public static async Task<string> Ok(Task<ApiResponse> request)
    {
        var response = await request;
        Assert.True(response.Status == HttpStatusCode.OK, response.Json.GetRawText());
        return response.Id;
    }
}
