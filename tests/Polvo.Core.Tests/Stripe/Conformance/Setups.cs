using Polvo.Stripe;
using Polvo.Stripe.Entities;
using Polvo.Stripe.Services;

namespace Polvo.Core.Tests.Stripe.Conformance;

/// <summary>The objects an operation needs first, made through the generated services with minimal realistic options.</summary>
internal static class Setups
{
    public const string ConnectedAccount = "acct_1032D82eZvKYlo2C";

    public static Task<Customer> CustomerAsync(StripeClient client) =>
        client.Customers.CreateAsync(new CustomerCreateOptions { Email = TestSupport.Unique.Email("conform"), Name = "Conformance" });

    public static Task<Charge> ChargeAsync(StripeClient client, string source = "tok_visa", bool capture = true) =>
        client.Charges.CreateAsync(new ChargeCreateOptions { Amount = 10_000, Currency = "usd", Source = source, Capture = capture });

    public static Task<Product> ProductAsync(StripeClient client) => client.Products.CreateAsync(new ProductCreateOptions { Name = "Mug" });

    public static async Task<Price> PriceAsync(StripeClient client, bool recurring)
    {
        var product = await ProductAsync(client);
        return await client.Prices.CreateAsync(new PriceCreateOptions
        {
            Currency = "usd",
            UnitAmount = recurring ? 1_500 : 700,
            Product = product.Id,
            Recurring = recurring ? new PriceCreateRecurringOptions { Interval = "month" } : null,
        });
    }

    public static async Task<Invoice> DraftInvoiceAsync(StripeClient client, long amount = 5_000)
    {
        var customer = await CustomerAsync(client);
        await client.InvoiceItems.CreateAsync(new InvoiceItemCreateOptions { Customer = customer.Id, Amount = amount, Currency = "usd" });
        return await client.Invoices.CreateAsync(new InvoiceCreateOptions { Customer = customer.Id });
    }

    public static async Task<Invoice> OpenInvoiceAsync(StripeClient client) =>
        await client.Invoices.FinalizeAsync((await DraftInvoiceAsync(client)).Id);

    public static async Task<Subscription> SubscriptionAsync(StripeClient client)
    {
        var customer = await CustomerAsync(client);
        var price = await PriceAsync(client, recurring: true);
        return await client.Subscriptions.CreateAsync(new SubscriptionCreateOptions
        {
            Customer = customer.Id,
            Items = [new CustomerSubscriptionCreateItemOptions { Price = price.Id, Quantity = 2 }],
        });
    }

    public static Task<PaymentIntent> PaymentIntentAsync(StripeClient client, string? paymentMethod = null, string? captureMethod = null) =>
        client.PaymentIntents.CreateAsync(new PaymentIntentCreateOptions { Amount = 2_000, Currency = "usd", PaymentMethod = paymentMethod, CaptureMethod = captureMethod });

    public static async Task<Dispute> DisputeAsync(StripeClient client)
    {
        var charge = await ChargeAsync(client, "tok_createDispute");
        await foreach (var dispute in client.Disputes.ListAsync(new DisputeListOptions { Charge = charge.Id }))
        {
            return dispute;
        }

        throw new InvalidOperationException($"Charging tok_createDispute opened no dispute on {charge.Id}.");
    }

    public static async Task<CheckoutSession> CheckoutSessionAsync(StripeClient client)
    {
        var price = await PriceAsync(client, recurring: false);
        return await client.CheckoutSessions.CreateAsync(new CheckoutSessionCreateOptions
        {
            SuccessUrl = "https://example.com/ok",
            CancelUrl = "https://example.com/no",
            Mode = "payment",
            PaymentMethodTypes = ["card"],
            LineItems = [new LineItemOptions { Price = price.Id, Quantity = 2 }],
        });
    }

    public static async Task<PaymentLink> PaymentLinkAsync(StripeClient client)
    {
        var price = await PriceAsync(client, recurring: false);
        return await client.PaymentLinks.CreateAsync(new PaymentLinkCreateOptions { LineItems = [new PaymentLinkCreateLineItemOptions { Price = price.Id, Quantity = 1 }] });
    }

    public static Task<Transfer> TransferAsync(StripeClient client) =>
        client.Transfers.CreateAsync(new TransferCreateOptions { Amount = 10_000, Currency = "usd", Destination = ConnectedAccount });

    public static Task<Payout> PayoutAsync(StripeClient client, string? method = null) =>
        client.Payouts.CreateAsync(new PayoutCreateOptions { Amount = 100, Currency = "usd", Method = method });

    public static async Task<CreditNote> CreditNoteAsync(StripeClient client)
    {
        var invoice = await OpenInvoiceAsync(client);
        return await client.CreditNotes.CreateAsync(new CreditNoteCreateOptions { Invoice = invoice.Id, Amount = 100 });
    }
}
