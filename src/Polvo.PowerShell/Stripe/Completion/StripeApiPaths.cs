namespace Polvo.PowerShell.Stripe.Completion;

/// <summary>
/// The Stripe API paths that take no id (the paths of specs/stripe/spec3.json without a <c>{parameter}</c>), offered
/// by tab completion of <c>Invoke-PolvoStripeRequest -Path</c>.
/// </summary>
internal static class StripeApiPaths
{
    /// <summary>The paths, in order.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        "/v1/3d_secure", "/v1/account", "/v1/account/bank_accounts", "/v1/account/capabilities",
        "/v1/account/external_accounts", "/v1/account/login_links", "/v1/account/people", "/v1/account/persons",
        "/v1/account_links", "/v1/accounts", "/v1/apple_pay/domains", "/v1/application_fees", "/v1/balance",
        "/v1/balance/history", "/v1/balance_transactions", "/v1/billing_portal/configurations",
        "/v1/billing_portal/sessions", "/v1/bitcoin/receivers", "/v1/bitcoin/transactions", "/v1/charges",
        "/v1/charges/search", "/v1/checkout/sessions", "/v1/country_specs", "/v1/coupons", "/v1/credit_notes",
        "/v1/credit_notes/preview", "/v1/credit_notes/preview/lines", "/v1/customers", "/v1/customers/search",
        "/v1/disputes", "/v1/ephemeral_keys", "/v1/events", "/v1/exchange_rates", "/v1/file_links", "/v1/files",
        "/v1/identity/verification_reports", "/v1/identity/verification_sessions", "/v1/invoiceitems",
        "/v1/invoices", "/v1/invoices/search", "/v1/invoices/upcoming", "/v1/invoices/upcoming/lines",
        "/v1/issuer_fraud_records", "/v1/issuing/authorizations", "/v1/issuing/cardholders", "/v1/issuing/cards",
        "/v1/issuing/disputes", "/v1/issuing/settlements", "/v1/issuing/transactions", "/v1/order_returns",
        "/v1/orders", "/v1/payment_intents", "/v1/payment_intents/search", "/v1/payment_links",
        "/v1/payment_methods", "/v1/payouts", "/v1/plans", "/v1/prices", "/v1/prices/search", "/v1/products",
        "/v1/products/search", "/v1/promotion_codes", "/v1/quotes", "/v1/radar/early_fraud_warnings",
        "/v1/radar/value_list_items", "/v1/radar/value_lists", "/v1/recipients", "/v1/refunds",
        "/v1/reporting/report_runs", "/v1/reporting/report_types", "/v1/reviews", "/v1/setup_attempts",
        "/v1/setup_intents", "/v1/shipping_rates", "/v1/sigma/scheduled_query_runs", "/v1/skus", "/v1/sources",
        "/v1/subscription_items", "/v1/subscription_schedules", "/v1/subscriptions", "/v1/subscriptions/search",
        "/v1/tax_codes", "/v1/tax_rates", "/v1/terminal/connection_tokens", "/v1/terminal/locations",
        "/v1/terminal/readers", "/v1/test_helpers/test_clocks", "/v1/tokens", "/v1/topups", "/v1/transfers",
        "/v1/webhook_endpoints",
    ];

    /// <summary>The paths that start with <paramref name="prefix"/> (a leading slash is optional; case-insensitive).</summary>
    public static IEnumerable<string> StartingWith(string prefix)
    {
        string start = prefix.StartsWith('/') ? prefix : "/" + prefix;
        return All.Where(path => path.StartsWith(start, StringComparison.OrdinalIgnoreCase));
    }
}
