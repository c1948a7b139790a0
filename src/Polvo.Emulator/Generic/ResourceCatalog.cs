namespace Polvo.Emulator.Generic;

/// <summary>The resources of the cmdlet table that the generic engine serves (customers and charges have their own fast paths).</summary>
internal static class ResourceCatalog
{
    public static readonly ResourceType[] All =
    [
        new("payment_intent", "/v1/payment_intents", "pi_") { SearchFields = ["amount", "created", "currency", "customer", "status"] },
        new("setup_intent", "/v1/setup_intents", "seti_"),
        new("payment_method", "/v1/payment_methods", "pm_"),
        new("refund", "/v1/refunds", "re_") { Aliases = [("/v1/charges/{}/refunds", "charge")], EventPrefix = "charge.refund" },
        new("dispute", "/v1/disputes", "dp_") { EventPrefix = "charge.dispute" },
        new("invoice", "/v1/invoices", "in_") { SearchFields = ["created", "currency", "customer", "number", "status", "subscription", "total"] },
        new("invoiceitem", "/v1/invoiceitems", "ii_"),
        new("credit_note", "/v1/credit_notes", "cn_"),
        new("subscription", "/v1/subscriptions", "sub_") { SearchFields = ["created", "status"], EventPrefix = "customer.subscription" },
        new("subscription_item", "/v1/subscription_items", "si_", 14),
        new("subscription_schedule", "/v1/subscription_schedules", "sub_sched_"),
        new("product", "/v1/products", "prod_", 14) { SearchFields = ["active", "created", "description", "name", "shippable", "url"] },
        new("price", "/v1/prices", "price_") { SearchFields = ["active", "created", "currency", "lookup_key", "product", "type"] },
        new("coupon", "/v1/coupons", string.Empty, 8),
        new("promotion_code", "/v1/promotion_codes", "promo_"),
        new("tax_rate", "/v1/tax_rates", "txr_"),
        new("checkout.session", "/v1/checkout/sessions", "cs_test_", 58),
        new("payment_link", "/v1/payment_links", "plink_"),
        new("webhook_endpoint", "/v1/webhook_endpoints", "we_"),
        new("balance_transaction", "/v1/balance_transactions", "txn_") { Aliases = [("/v1/balance/history", string.Empty)] },
        new("payout", "/v1/payouts", "po_"),
        new("transfer", "/v1/transfers", "tr_"),
        new("transfer_reversal", "/v1/transfers/{}/reversals", "trr_") { ParentField = "transfer", EventPrefix = "transfer.reversal" },
        new("tax_id", "/v1/customers/{}/tax_ids", "txi_") { ParentField = "customer", EventPrefix = "customer.tax_id" },
        new("customer_balance_transaction", "/v1/customers/{}/balance_transactions", "cbtxn_") { ParentField = "customer" },
    ];
}
