using Polvo.Stripe.Services;
using static Polvo.Core.Tests.Stripe.Conformance.Setups;

namespace Polvo.Core.Tests.Stripe.Conformance;

/// <summary>
/// One row per operation of the generated services the emulator serves, named <c>Service.Method</c>: the row makes
/// what the operation needs, then sends the operation the way the generated Core sends it and checks the response.
/// Lists and searches check their first page (<c>ListPagesAsync</c>/<c>SearchPagesAsync</c>: the items are the same objects).
/// </summary>
internal static class Operations
{
    public static readonly IReadOnlyDictionary<string, Func<Conformance, Task>> Rows = new Dictionary<string, Func<Conformance, Task>>
    {
        ["Customers.CreateAsync"] = c => c.Check(() => CustomerAsync(c.Client)),
        ["Customers.GetAsync"] = async c => { var cu = await CustomerAsync(c.Client); await c.Check(() => c.Client.Customers.GetAsync(cu.Id)); },
        ["Customers.UpdateAsync"] = async c => { var cu = await CustomerAsync(c.Client); await c.Check(() => c.Client.Customers.UpdateAsync(cu.Id, new CustomerUpdateOptions { Description = "updated" })); },
        ["Customers.DeleteAsync"] = async c => { var cu = await CustomerAsync(c.Client); await c.Check(() => c.Client.Customers.DeleteAsync(cu.Id)); },
        ["Customers.ListAsync"] = async c => { await CustomerAsync(c.Client); await CustomerAsync(c.Client); await c.CheckFirstPage(() => c.Client.Customers.ListPagesAsync(new CustomerListOptions { Limit = 1 })); },
        ["Customers.SearchAsync"] = async c => { await CustomerAsync(c.Client); await c.CheckFirstPage(() => c.Client.Customers.SearchPagesAsync(new CustomerSearchOptions { Query = "name:\"Conformance\"", Limit = 2 })); },

        ["Charges.CreateAsync"] = c => c.Check(() => ChargeAsync(c.Client)),
        ["Charges.GetAsync"] = async c => { var ch = await ChargeAsync(c.Client); await c.Check(() => c.Client.Charges.GetAsync(ch.Id)); },
        ["Charges.UpdateAsync"] = async c => { var ch = await ChargeAsync(c.Client); await c.Check(() => c.Client.Charges.UpdateAsync(ch.Id, new ChargeUpdateOptions { Description = "updated" })); },
        ["Charges.ListAsync"] = async c => { await ChargeAsync(c.Client); await ChargeAsync(c.Client); await c.CheckFirstPage(() => c.Client.Charges.ListPagesAsync(new ChargeListOptions { Limit = 1 })); },
        ["Charges.SearchAsync"] = async c => { await ChargeAsync(c.Client); await c.CheckFirstPage(() => c.Client.Charges.SearchPagesAsync(new ChargeSearchOptions { Query = "amount>1000", Limit = 2 })); },

        // Charges: capture and refund are the lifecycles scripts depend on.
        ["Charges.CaptureAsync"] = async c => { var ch = await ChargeAsync(c.Client, capture: false); await c.Check(() => c.Client.Charges.CaptureAsync(ch.Id)); },
        ["Charges.RefundAsync"] = async c => { var ch = await ChargeAsync(c.Client); await c.Check(() => c.Client.Charges.RefundAsync(ch.Id, new ChargeRefundOptions { Amount = 300 })); },

        ["PaymentIntents.CreateAsync"] = c => c.Check(() => PaymentIntentAsync(c.Client)),
        ["PaymentIntents.GetAsync"] = async c => { var pi = await PaymentIntentAsync(c.Client); await c.Check(() => c.Client.PaymentIntents.GetAsync(pi.Id)); },
        ["PaymentIntents.UpdateAsync"] = async c => { var pi = await PaymentIntentAsync(c.Client); await c.Check(() => c.Client.PaymentIntents.UpdateAsync(pi.Id, new PaymentIntentUpdateOptions { Description = "updated", Metadata = new() { ["order"] = "42" } })); },
        ["PaymentIntents.ListAsync"] = async c => { await PaymentIntentAsync(c.Client); await PaymentIntentAsync(c.Client); await c.CheckFirstPage(() => c.Client.PaymentIntents.ListPagesAsync(new PaymentIntentListOptions { Limit = 1 })); },
        ["PaymentIntents.SearchAsync"] = async c => { await PaymentIntentAsync(c.Client); await c.CheckFirstPage(() => c.Client.PaymentIntents.SearchPagesAsync(new PaymentIntentSearchOptions { Query = "status:\"requires_payment_method\"", Limit = 2 })); },
        ["PaymentIntents.ConfirmAsync"] = async c => { var pi = await PaymentIntentAsync(c.Client); await c.Check(() => c.Client.PaymentIntents.ConfirmAsync(pi.Id, new PaymentIntentConfirmOptions { PaymentMethod = "pm_card_visa" })); },
        ["PaymentIntents.CaptureAsync"] = async c =>
        {
            var pi = await PaymentIntentAsync(c.Client, "pm_card_visa", "manual");
            pi = await c.Client.PaymentIntents.ConfirmAsync(pi.Id);
            await c.Check(() => c.Client.PaymentIntents.CaptureAsync(pi.Id, new PaymentIntentCaptureOptions { AmountToCapture = 1_500 }));
        },
        ["PaymentIntents.CancelAsync"] = async c => { var pi = await PaymentIntentAsync(c.Client); await c.Check(() => c.Client.PaymentIntents.CancelAsync(pi.Id, new PaymentIntentCancelOptions { CancellationReason = "requested_by_customer" })); },

        ["SetupIntents.CreateAsync"] = c => c.Check(() => c.Client.SetupIntents.CreateAsync(new SetupIntentCreateOptions())),
        ["SetupIntents.GetAsync"] = async c => { var si = await c.Client.SetupIntents.CreateAsync(new SetupIntentCreateOptions()); await c.Check(() => c.Client.SetupIntents.GetAsync(si.Id)); },
        ["SetupIntents.UpdateAsync"] = async c => { var si = await c.Client.SetupIntents.CreateAsync(new SetupIntentCreateOptions()); await c.Check(() => c.Client.SetupIntents.UpdateAsync(si.Id, new SetupIntentUpdateOptions { Description = "updated" })); },
        ["SetupIntents.ListAsync"] = async c => { await c.Client.SetupIntents.CreateAsync(new SetupIntentCreateOptions()); await c.CheckFirstPage(() => c.Client.SetupIntents.ListPagesAsync(new SetupIntentListOptions { Limit = 1 })); },
        ["SetupIntents.ConfirmAsync"] = async c => { var si = await c.Client.SetupIntents.CreateAsync(new SetupIntentCreateOptions()); await c.Check(() => c.Client.SetupIntents.ConfirmAsync(si.Id, new SetupIntentConfirmOptions { PaymentMethod = "pm_card_visa" })); },
        ["SetupIntents.CancelAsync"] = async c => { var si = await c.Client.SetupIntents.CreateAsync(new SetupIntentCreateOptions()); await c.Check(() => c.Client.SetupIntents.CancelAsync(si.Id)); },

        ["PaymentMethods.CreateAsync"] = c => c.Check(() => NewCardAsync(c)),
        ["PaymentMethods.GetAsync"] = async c => { var pm = await NewCardAsync(c); await c.Check(() => c.Client.PaymentMethods.GetAsync(pm.Id)); },
        ["PaymentMethods.UpdateAsync"] = async c => { var pm = await NewCardAsync(c); await c.Check(() => c.Client.PaymentMethods.UpdateAsync(pm.Id, new PaymentMethodUpdateOptions { Metadata = new() { ["k"] = "v" } })); },
        ["PaymentMethods.AttachAsync"] = async c => { var pm = await NewCardAsync(c); var cu = await CustomerAsync(c.Client); await c.Check(() => c.Client.PaymentMethods.AttachAsync(pm.Id, new PaymentMethodAttachOptions { Customer = cu.Id })); },
        ["PaymentMethods.DetachAsync"] = async c =>
        {
            var pm = await NewCardAsync(c);
            var cu = await CustomerAsync(c.Client);
            await c.Client.PaymentMethods.AttachAsync(pm.Id, new PaymentMethodAttachOptions { Customer = cu.Id });
            await c.Check(() => c.Client.PaymentMethods.DetachAsync(pm.Id));
        },
        ["PaymentMethods.ListAsync"] = async c =>
        {
            var cu = await CustomerAsync(c.Client);
            var pm = await NewCardAsync(c);
            await c.Client.PaymentMethods.AttachAsync(pm.Id, new PaymentMethodAttachOptions { Customer = cu.Id });
            await c.CheckFirstPage(() => c.Client.PaymentMethods.ListPagesAsync(new PaymentMethodListOptions { Customer = cu.Id, Type = "card" }));
        },

        ["Refunds.CreateAsync"] = async c => { var ch = await ChargeAsync(c.Client); await c.Check(() => c.Client.Refunds.CreateAsync(new RefundCreateOptions { Charge = ch.Id, Amount = 100 })); },
        ["Refunds.GetAsync"] = async c => { var r = await NewRefundAsync(c); await c.Check(() => c.Client.Refunds.GetAsync(r.Id)); },
        ["Refunds.UpdateAsync"] = async c => { var r = await NewRefundAsync(c); await c.Check(() => c.Client.Refunds.UpdateAsync(r.Id, new RefundUpdateOptions { Metadata = new() { ["why"] = "test" } })); },
        ["Refunds.ListAsync"] = async c => { await NewRefundAsync(c); await NewRefundAsync(c); await c.CheckFirstPage(() => c.Client.Refunds.ListPagesAsync(new RefundListOptions { Limit = 1 })); },

        ["Disputes.GetAsync"] = async c => { var d = await DisputeAsync(c.Client); await c.Check(() => c.Client.Disputes.GetAsync(d.Id)); },
        ["Disputes.UpdateAsync"] = async c => { var d = await DisputeAsync(c.Client); await c.Check(() => c.Client.Disputes.UpdateAsync(d.Id, new DisputeUpdateOptions { Metadata = new() { ["case"] = "1" } })); },
        ["Disputes.ListAsync"] = async c => { await DisputeAsync(c.Client); await c.CheckFirstPage(() => c.Client.Disputes.ListPagesAsync(new DisputeListOptions { Limit = 3 })); },
        ["Disputes.CloseAsync"] = async c => { var d = await DisputeAsync(c.Client); await c.Check(() => c.Client.Disputes.CloseAsync(d.Id)); },

        ["Invoices.CreateAsync"] = c => c.Check(() => DraftInvoiceAsync(c.Client)),
        ["Invoices.GetAsync"] = async c => { var i = await DraftInvoiceAsync(c.Client); await c.Check(() => c.Client.Invoices.GetAsync(i.Id)); },
        ["Invoices.UpdateAsync"] = async c => { var i = await DraftInvoiceAsync(c.Client); await c.Check(() => c.Client.Invoices.UpdateAsync(i.Id, new InvoiceUpdateOptions { Description = "updated", Metadata = new() { ["po"] = "7" } })); },
        ["Invoices.DeleteAsync"] = async c => { var i = await DraftInvoiceAsync(c.Client); await c.Check(() => c.Client.Invoices.DeleteAsync(i.Id)); },
        ["Invoices.ListAsync"] = async c => { await DraftInvoiceAsync(c.Client); await DraftInvoiceAsync(c.Client); await c.CheckFirstPage(() => c.Client.Invoices.ListPagesAsync(new InvoiceListOptions { Limit = 1 })); },
        ["Invoices.SearchAsync"] = async c => { await OpenInvoiceAsync(c.Client); await c.CheckFirstPage(() => c.Client.Invoices.SearchPagesAsync(new InvoiceSearchOptions { Query = "status:\"open\"", Limit = 2 })); },
        ["Invoices.FinalizeAsync"] = async c => { var i = await DraftInvoiceAsync(c.Client); await c.Check(() => c.Client.Invoices.FinalizeAsync(i.Id)); },
        ["Invoices.PayAsync"] = async c => { var i = await OpenInvoiceAsync(c.Client); await c.Check(() => c.Client.Invoices.PayAsync(i.Id, new InvoicePayOptions { PaidOutOfBand = true })); },
        ["Invoices.VoidAsync"] = async c => { var i = await OpenInvoiceAsync(c.Client); await c.Check(() => c.Client.Invoices.VoidAsync(i.Id)); },
        ["Invoices.MarkUncollectibleAsync"] = async c => { var i = await OpenInvoiceAsync(c.Client); await c.Check(() => c.Client.Invoices.MarkUncollectibleAsync(i.Id)); },
        ["Invoices.SendAsync"] = async c => { var i = await OpenInvoiceAsync(c.Client); await c.Check(() => c.Client.Invoices.SendAsync(i.Id)); },
        ["InvoiceLines.ListAsync"] = async c => { var i = await DraftInvoiceAsync(c.Client); await c.CheckFirstPage(() => c.Client.InvoiceLines.ListPagesAsync(i.Id)); },

        ["InvoiceItems.CreateAsync"] = async c => { var cu = await CustomerAsync(c.Client); await c.Check(() => c.Client.InvoiceItems.CreateAsync(new InvoiceItemCreateOptions { Customer = cu.Id, Amount = 500, Currency = "usd" })); },
        ["InvoiceItems.GetAsync"] = async c => { var ii = await NewInvoiceItemAsync(c); await c.Check(() => c.Client.InvoiceItems.GetAsync(ii.Id)); },
        ["InvoiceItems.UpdateAsync"] = async c => { var ii = await NewInvoiceItemAsync(c); await c.Check(() => c.Client.InvoiceItems.UpdateAsync(ii.Id, new InvoiceItemUpdateOptions { Description = "updated" })); },
        ["InvoiceItems.DeleteAsync"] = async c => { var ii = await NewInvoiceItemAsync(c); await c.Check(() => c.Client.InvoiceItems.DeleteAsync(ii.Id)); },
        ["InvoiceItems.ListAsync"] = async c => { await NewInvoiceItemAsync(c); await NewInvoiceItemAsync(c); await c.CheckFirstPage(() => c.Client.InvoiceItems.ListPagesAsync(new InvoiceItemListOptions { Limit = 1 })); },

        ["CreditNotes.CreateAsync"] = c => c.Check(() => CreditNoteAsync(c.Client)),
        ["CreditNotes.GetAsync"] = async c => { var n = await CreditNoteAsync(c.Client); await c.Check(() => c.Client.CreditNotes.GetAsync(n.Id)); },
        ["CreditNotes.UpdateAsync"] = async c => { var n = await CreditNoteAsync(c.Client); await c.Check(() => c.Client.CreditNotes.UpdateAsync(n.Id, new CreditNoteUpdateOptions { Memo = "sorry" })); },
        ["CreditNotes.ListAsync"] = async c => { await CreditNoteAsync(c.Client); await c.CheckFirstPage(() => c.Client.CreditNotes.ListPagesAsync(new CreditNoteListOptions { Limit = 1 })); },
        ["CreditNotes.VoidAsync"] = async c => { var n = await CreditNoteAsync(c.Client); await c.Check(() => c.Client.CreditNotes.VoidAsync(n.Id)); },
        ["CreditNoteLines.ListAsync"] = async c => { var n = await CreditNoteAsync(c.Client); await c.CheckFirstPage(() => c.Client.CreditNoteLines.ListPagesAsync(n.Id)); },

        ["Subscriptions.CreateAsync"] = c => c.Check(() => SubscriptionAsync(c.Client)),
        ["Subscriptions.GetAsync"] = async c => { var s = await SubscriptionAsync(c.Client); await c.Check(() => c.Client.Subscriptions.GetAsync(s.Id)); },
        ["Subscriptions.UpdateAsync"] = async c => { var s = await SubscriptionAsync(c.Client); await c.Check(() => c.Client.Subscriptions.UpdateAsync(s.Id, new SubscriptionUpdateOptions { CancelAtPeriodEnd = true, Metadata = new() { ["tier"] = "gold" } })); },
        ["Subscriptions.DeleteAsync"] = async c => { var s = await SubscriptionAsync(c.Client); await c.Check(() => c.Client.Subscriptions.DeleteAsync(s.Id)); },
        ["Subscriptions.ListAsync"] = async c => { await SubscriptionAsync(c.Client); await SubscriptionAsync(c.Client); await c.CheckFirstPage(() => c.Client.Subscriptions.ListPagesAsync(new SubscriptionListOptions { Limit = 1 })); },
        ["Subscriptions.SearchAsync"] = async c => { await SubscriptionAsync(c.Client); await c.CheckFirstPage(() => c.Client.Subscriptions.SearchPagesAsync(new SubscriptionSearchOptions { Query = "status:\"active\"", Limit = 2 })); },

        ["SubscriptionItems.CreateAsync"] = async c => { var s = await SubscriptionAsync(c.Client); var p = await PriceAsync(c.Client, recurring: true); await c.Check(() => c.Client.SubscriptionItems.CreateAsync(new SubscriptionItemCreateOptions { Subscription = s.Id, Price = p.Id })); },
        ["SubscriptionItems.GetAsync"] = async c => { var s = await SubscriptionAsync(c.Client); await c.Check(() => c.Client.SubscriptionItems.GetAsync(s.Items!.Data[0].Id)); },
        ["SubscriptionItems.UpdateAsync"] = async c => { var s = await SubscriptionAsync(c.Client); await c.Check(() => c.Client.SubscriptionItems.UpdateAsync(s.Items!.Data[0].Id, new SubscriptionItemUpdateOptions { Quantity = 5 })); },
        ["SubscriptionItems.DeleteAsync"] = async c =>
        {
            var s = await SubscriptionAsync(c.Client);
            var p = await PriceAsync(c.Client, recurring: true);
            var item = await c.Client.SubscriptionItems.CreateAsync(new SubscriptionItemCreateOptions { Subscription = s.Id, Price = p.Id });
            await c.Check(() => c.Client.SubscriptionItems.DeleteAsync(item.Id));
        },
        ["SubscriptionItems.ListAsync"] = async c => { var s = await SubscriptionAsync(c.Client); await c.CheckFirstPage(() => c.Client.SubscriptionItems.ListPagesAsync(new SubscriptionItemListOptions { Subscription = s.Id })); },

        ["SubscriptionSchedules.CreateAsync"] = c => c.Check(() => NewScheduleAsync(c)),
        ["SubscriptionSchedules.GetAsync"] = async c => { var s = await NewScheduleAsync(c); await c.Check(() => c.Client.SubscriptionSchedules.GetAsync(s.Id)); },
        ["SubscriptionSchedules.UpdateAsync"] = async c => { var s = await NewScheduleAsync(c); await c.Check(() => c.Client.SubscriptionSchedules.UpdateAsync(s.Id, new SubscriptionScheduleUpdateOptions { Metadata = new() { ["k"] = "v" } })); },
        ["SubscriptionSchedules.ListAsync"] = async c => { await NewScheduleAsync(c); await c.CheckFirstPage(() => c.Client.SubscriptionSchedules.ListPagesAsync(new SubscriptionScheduleListOptions { Limit = 1 })); },
        ["SubscriptionSchedules.CancelAsync"] = async c => { var s = await NewScheduleAsync(c); await c.Check(() => c.Client.SubscriptionSchedules.CancelAsync(s.Id)); },
        ["SubscriptionSchedules.ReleaseAsync"] = async c => { var s = await NewScheduleAsync(c); await c.Check(() => c.Client.SubscriptionSchedules.ReleaseAsync(s.Id)); },

        ["Products.CreateAsync"] = c => c.Check(() => ProductAsync(c.Client)),
        ["Products.GetAsync"] = async c => { var p = await ProductAsync(c.Client); await c.Check(() => c.Client.Products.GetAsync(p.Id)); },
        ["Products.UpdateAsync"] = async c => { var p = await ProductAsync(c.Client); await c.Check(() => c.Client.Products.UpdateAsync(p.Id, new ProductUpdateOptions { Description = "A mug", Metadata = new() { ["sku"] = "M1" } })); },
        ["Products.DeleteAsync"] = async c => { var p = await ProductAsync(c.Client); await c.Check(() => c.Client.Products.DeleteAsync(p.Id)); },
        ["Products.ListAsync"] = async c => { await ProductAsync(c.Client); await ProductAsync(c.Client); await c.CheckFirstPage(() => c.Client.Products.ListPagesAsync(new ProductListOptions { Limit = 1 })); },
        ["Products.SearchAsync"] = async c => { await ProductAsync(c.Client); await c.CheckFirstPage(() => c.Client.Products.SearchPagesAsync(new ProductSearchOptions { Query = "name:\"Mug\"", Limit = 2 })); },

        ["Prices.CreateAsync"] = c => c.Check(() => PriceAsync(c.Client, recurring: true)),
        ["Prices.GetAsync"] = async c => { var p = await PriceAsync(c.Client, recurring: false); await c.Check(() => c.Client.Prices.GetAsync(p.Id)); },
        ["Prices.UpdateAsync"] = async c => { var p = await PriceAsync(c.Client, recurring: false); await c.Check(() => c.Client.Prices.UpdateAsync(p.Id, new PriceUpdateOptions { Nickname = "Standard" })); },
        ["Prices.ListAsync"] = async c => { await PriceAsync(c.Client, recurring: false); await PriceAsync(c.Client, recurring: true); await c.CheckFirstPage(() => c.Client.Prices.ListPagesAsync(new PriceListOptions { Limit = 1 })); },
        ["Prices.SearchAsync"] = async c => { await PriceAsync(c.Client, recurring: false); await c.CheckFirstPage(() => c.Client.Prices.SearchPagesAsync(new PriceSearchOptions { Query = "currency:\"usd\"", Limit = 2 })); },

        ["Coupons.CreateAsync"] = c => c.Check(() => NewCouponAsync(c)),
        ["Coupons.GetAsync"] = async c => { var k = await NewCouponAsync(c); await c.Check(() => c.Client.Coupons.GetAsync(k.Id)); },
        ["Coupons.UpdateAsync"] = async c => { var k = await NewCouponAsync(c); await c.Check(() => c.Client.Coupons.UpdateAsync(k.Id, new CouponUpdateOptions { Name = "Quarter off" })); },
        ["Coupons.DeleteAsync"] = async c => { var k = await NewCouponAsync(c); await c.Check(() => c.Client.Coupons.DeleteAsync(k.Id)); },
        ["Coupons.ListAsync"] = async c => { await NewCouponAsync(c); await NewCouponAsync(c); await c.CheckFirstPage(() => c.Client.Coupons.ListPagesAsync(new CouponListOptions { Limit = 1 })); },

        ["PromotionCodes.CreateAsync"] = c => c.Check(() => NewPromotionCodeAsync(c)),
        ["PromotionCodes.GetAsync"] = async c => { var p = await NewPromotionCodeAsync(c); await c.Check(() => c.Client.PromotionCodes.GetAsync(p.Id)); },
        ["PromotionCodes.UpdateAsync"] = async c => { var p = await NewPromotionCodeAsync(c); await c.Check(() => c.Client.PromotionCodes.UpdateAsync(p.Id, new PromotionCodeUpdateOptions { Active = false })); },
        ["PromotionCodes.ListAsync"] = async c => { await NewPromotionCodeAsync(c); await NewPromotionCodeAsync(c); await c.CheckFirstPage(() => c.Client.PromotionCodes.ListPagesAsync(new PromotionCodeListOptions { Limit = 1 })); },

        ["TaxRates.CreateAsync"] = c => c.Check(() => NewTaxRateAsync(c)),
        ["TaxRates.GetAsync"] = async c => { var t = await NewTaxRateAsync(c); await c.Check(() => c.Client.TaxRates.GetAsync(t.Id)); },
        ["TaxRates.UpdateAsync"] = async c => { var t = await NewTaxRateAsync(c); await c.Check(() => c.Client.TaxRates.UpdateAsync(t.Id, new TaxRateUpdateOptions { Description = "Portugal VAT" })); },
        ["TaxRates.ListAsync"] = async c => { await NewTaxRateAsync(c); await NewTaxRateAsync(c); await c.CheckFirstPage(() => c.Client.TaxRates.ListPagesAsync(new TaxRateListOptions { Limit = 1 })); },

        ["CheckoutSessions.CreateAsync"] = c => c.Check(() => CheckoutSessionAsync(c.Client)),
        ["CheckoutSessions.GetAsync"] = async c => { var s = await CheckoutSessionAsync(c.Client); await c.Check(() => c.Client.CheckoutSessions.GetAsync(s.Id)); },
        ["CheckoutSessions.ListAsync"] = async c => { await CheckoutSessionAsync(c.Client); await CheckoutSessionAsync(c.Client); await c.CheckFirstPage(() => c.Client.CheckoutSessions.ListPagesAsync(new CheckoutSessionListOptions { Limit = 1 })); },
        ["CheckoutSessions.ExpireAsync"] = async c => { var s = await CheckoutSessionAsync(c.Client); await c.Check(() => c.Client.CheckoutSessions.ExpireAsync(s.Id)); },
        ["CheckoutSessionLineItems.ListAsync"] = async c => { var s = await CheckoutSessionAsync(c.Client); await c.CheckFirstPage(() => c.Client.CheckoutSessionLineItems.ListPagesAsync(s.Id)); },

        ["PaymentLinks.CreateAsync"] = c => c.Check(() => PaymentLinkAsync(c.Client)),
        ["PaymentLinks.GetAsync"] = async c => { var l = await PaymentLinkAsync(c.Client); await c.Check(() => c.Client.PaymentLinks.GetAsync(l.Id)); },
        ["PaymentLinks.UpdateAsync"] = async c => { var l = await PaymentLinkAsync(c.Client); await c.Check(() => c.Client.PaymentLinks.UpdateAsync(l.Id, new PaymentLinkUpdateOptions { Active = false })); },
        ["PaymentLinks.ListAsync"] = async c => { await PaymentLinkAsync(c.Client); await PaymentLinkAsync(c.Client); await c.CheckFirstPage(() => c.Client.PaymentLinks.ListPagesAsync(new PaymentLinkListOptions { Limit = 1 })); },
        ["PaymentLinkLineItems.ListAsync"] = async c => { var l = await PaymentLinkAsync(c.Client); await c.CheckFirstPage(() => c.Client.PaymentLinkLineItems.ListPagesAsync(l.Id)); },

        ["Events.ListAsync"] = async c => { await ProductAsync(c.Client); await c.CheckFirstPage(() => c.Client.Events.ListPagesAsync(new EventListOptions { Limit = 5 })); },
        ["Events.GetAsync"] = async c =>
        {
            await ProductAsync(c.Client);
            await foreach (var e in c.Client.Events.ListAsync(new EventListOptions { Limit = 1 }))
            {
                await c.Check(() => c.Client.Events.GetAsync(e.Id));
                break;
            }
        },

        ["WebhookEndpoints.CreateAsync"] = c => c.Check(() => NewWebhookEndpointAsync(c)),
        ["WebhookEndpoints.GetAsync"] = async c => { var w = await NewWebhookEndpointAsync(c); await c.Check(() => c.Client.WebhookEndpoints.GetAsync(w.Id)); },
        ["WebhookEndpoints.UpdateAsync"] = async c => { var w = await NewWebhookEndpointAsync(c); await c.Check(() => c.Client.WebhookEndpoints.UpdateAsync(w.Id, new WebhookEndpointUpdateOptions { Disabled = true })); },
        ["WebhookEndpoints.DeleteAsync"] = async c => { var w = await NewWebhookEndpointAsync(c); await c.Check(() => c.Client.WebhookEndpoints.DeleteAsync(w.Id)); },
        ["WebhookEndpoints.ListAsync"] = async c => { await NewWebhookEndpointAsync(c); await c.CheckFirstPage(() => c.Client.WebhookEndpoints.ListPagesAsync(new WebhookEndpointListOptions { Limit = 1 })); },

        ["Balance.GetAsync"] = async c => { await ChargeAsync(c.Client); await c.Check(() => c.Client.Balance.GetAsync()); },
        ["BalanceTransactions.ListAsync"] = async c => { await ChargeAsync(c.Client); await ChargeAsync(c.Client); await c.CheckFirstPage(() => c.Client.BalanceTransactions.ListPagesAsync(new BalanceTransactionListOptions { Limit = 1 })); },
        ["BalanceTransactions.GetAsync"] = async c =>
        {
            await ChargeAsync(c.Client);
            await foreach (var t in c.Client.BalanceTransactions.ListAsync(new BalanceTransactionListOptions { Limit = 1 }))
            {
                await c.Check(() => c.Client.BalanceTransactions.GetAsync(t.Id));
                break;
            }
        },

        ["Payouts.CreateAsync"] = c => c.Check(() => PayoutAsync(c.Client)),
        ["Payouts.GetAsync"] = async c => { var p = await PayoutAsync(c.Client); await c.Check(() => c.Client.Payouts.GetAsync(p.Id)); },
        ["Payouts.UpdateAsync"] = async c => { var p = await PayoutAsync(c.Client); await c.Check(() => c.Client.Payouts.UpdateAsync(p.Id, new PayoutUpdateOptions { Metadata = new() { ["batch"] = "9" } })); },
        ["Payouts.ListAsync"] = async c => { await PayoutAsync(c.Client); await PayoutAsync(c.Client); await c.CheckFirstPage(() => c.Client.Payouts.ListPagesAsync(new PayoutListOptions { Limit = 1 })); },
        ["Payouts.CancelAsync"] = async c => { var p = await PayoutAsync(c.Client); await c.Check(() => c.Client.Payouts.CancelAsync(p.Id)); },
        ["Payouts.ReverseAsync"] = async c => { var p = await PayoutAsync(c.Client, "instant"); await c.Check(() => c.Client.Payouts.ReverseAsync(p.Id)); },

        ["Transfers.CreateAsync"] = c => c.Check(() => TransferAsync(c.Client)),
        ["Transfers.GetAsync"] = async c => { var t = await TransferAsync(c.Client); await c.Check(() => c.Client.Transfers.GetAsync(t.Id)); },
        ["Transfers.UpdateAsync"] = async c => { var t = await TransferAsync(c.Client); await c.Check(() => c.Client.Transfers.UpdateAsync(t.Id, new TransferUpdateOptions { Description = "updated" })); },
        ["Transfers.ListAsync"] = async c => { await TransferAsync(c.Client); await TransferAsync(c.Client); await c.CheckFirstPage(() => c.Client.Transfers.ListPagesAsync(new TransferListOptions { Limit = 1 })); },
        ["TransferReversals.CreateAsync"] = async c => { var t = await TransferAsync(c.Client); await c.Check(() => c.Client.TransferReversals.CreateAsync(t.Id, new TransferReversalCreateOptions { Amount = 10 })); },
        ["TransferReversals.GetAsync"] = async c => { var (t, r) = await NewReversalAsync(c); await c.Check(() => c.Client.TransferReversals.GetAsync(t, r)); },
        ["TransferReversals.UpdateAsync"] = async c => { var (t, r) = await NewReversalAsync(c); await c.Check(() => c.Client.TransferReversals.UpdateAsync(t, r, new TransferReversalUpdateOptions { Metadata = new() { ["k"] = "v" } })); },
        ["TransferReversals.ListAsync"] = async c => { var (t, _) = await NewReversalAsync(c); await c.CheckFirstPage(() => c.Client.TransferReversals.ListPagesAsync(t)); },

        ["CustomerTaxIds.CreateAsync"] = async c => { var cu = await CustomerAsync(c.Client); await c.Check(() => c.Client.CustomerTaxIds.CreateAsync(cu.Id, new CustomerTaxIdCreateOptions { Type = "eu_vat", Value = "DE123456789" })); },
        ["CustomerTaxIds.GetAsync"] = async c => { var (cu, id) = await NewTaxIdAsync(c); await c.Check(() => c.Client.CustomerTaxIds.GetAsync(cu, id)); },
        ["CustomerTaxIds.DeleteAsync"] = async c => { var (cu, id) = await NewTaxIdAsync(c); await c.Check(() => c.Client.CustomerTaxIds.DeleteAsync(cu, id)); },
        ["CustomerTaxIds.ListAsync"] = async c => { var (cu, _) = await NewTaxIdAsync(c); await c.CheckFirstPage(() => c.Client.CustomerTaxIds.ListPagesAsync(cu)); },

        ["CustomerBalanceTransactions.CreateAsync"] = async c => { var cu = await CustomerAsync(c.Client); await c.Check(() => c.Client.CustomerBalanceTransactions.CreateAsync(cu.Id, new CustomerBalanceTransactionCreateOptions { Amount = -500, Currency = "usd" })); },
        ["CustomerBalanceTransactions.GetAsync"] = async c => { var (cu, id) = await NewCustomerBalanceTransactionAsync(c); await c.Check(() => c.Client.CustomerBalanceTransactions.GetAsync(cu, id)); },
        ["CustomerBalanceTransactions.UpdateAsync"] = async c => { var (cu, id) = await NewCustomerBalanceTransactionAsync(c); await c.Check(() => c.Client.CustomerBalanceTransactions.UpdateAsync(cu, id, new CustomerBalanceTransactionUpdateOptions { Description = "goodwill" })); },
        ["CustomerBalanceTransactions.ListAsync"] = async c => { var (cu, _) = await NewCustomerBalanceTransactionAsync(c); await c.CheckFirstPage(() => c.Client.CustomerBalanceTransactions.ListPagesAsync(cu)); },
    };

    private static Task<Polvo.Stripe.Entities.PaymentMethod> NewCardAsync(Conformance c) =>
        c.Client.PaymentMethods.CreateAsync(new PaymentMethodCreateOptions { Type = "card", Card = new PaymentMethodCreateCardOptions { Number = "4242424242424242", ExpMonth = 12, ExpYear = 2030, Cvc = "123" } });

    private static async Task<Polvo.Stripe.Entities.Refund> NewRefundAsync(Conformance c)
    {
        var charge = await ChargeAsync(c.Client);
        return await c.Client.Refunds.CreateAsync(new RefundCreateOptions { Charge = charge.Id, Amount = 100 });
    }

    private static async Task<Polvo.Stripe.Entities.InvoiceItem> NewInvoiceItemAsync(Conformance c)
    {
        var customer = await CustomerAsync(c.Client);
        return await c.Client.InvoiceItems.CreateAsync(new InvoiceItemCreateOptions { Customer = customer.Id, Amount = 500, Currency = "usd" });
    }

    private static async Task<Polvo.Stripe.Entities.SubscriptionSchedule> NewScheduleAsync(Conformance c)
    {
        var customer = await CustomerAsync(c.Client);
        return await c.Client.SubscriptionSchedules.CreateAsync(new SubscriptionScheduleCreateOptions { Customer = customer.Id, StartDate = "now" });
    }

    private static Task<Polvo.Stripe.Entities.Coupon> NewCouponAsync(Conformance c) =>
        c.Client.Coupons.CreateAsync(new CouponCreateOptions { PercentOff = 25, Duration = "once" });

    private static async Task<Polvo.Stripe.Entities.PromotionCode> NewPromotionCodeAsync(Conformance c)
    {
        var coupon = await c.Client.Coupons.CreateAsync(new CouponCreateOptions { AmountOff = 500, Currency = "usd" });
        return await c.Client.PromotionCodes.CreateAsync(new PromotionCodeCreateOptions { Coupon = coupon.Id });
    }

    private static Task<Polvo.Stripe.Entities.TaxRate> NewTaxRateAsync(Conformance c) =>
        c.Client.TaxRates.CreateAsync(new TaxRateCreateOptions { DisplayName = "VAT", Inclusive = false, Percentage = 23 });

    private static Task<Polvo.Stripe.Entities.WebhookEndpoint> NewWebhookEndpointAsync(Conformance c) =>
        c.Client.WebhookEndpoints.CreateAsync(new WebhookEndpointCreateOptions { Url = "http://127.0.0.1:9/hook", EnabledEvents = ["customer.created"] });

    private static async Task<(string Transfer, string Reversal)> NewReversalAsync(Conformance c)
    {
        var transfer = await TransferAsync(c.Client);
        var reversal = await c.Client.TransferReversals.CreateAsync(transfer.Id, new TransferReversalCreateOptions { Amount = 10 });
        return (transfer.Id, reversal.Id);
    }

    private static async Task<(string Customer, string TaxId)> NewTaxIdAsync(Conformance c)
    {
        var customer = await CustomerAsync(c.Client);
        var taxId = await c.Client.CustomerTaxIds.CreateAsync(customer.Id, new CustomerTaxIdCreateOptions { Type = "eu_vat", Value = "DE123456789" });
        return (customer.Id, taxId.Id);
    }

    private static async Task<(string Customer, string Transaction)> NewCustomerBalanceTransactionAsync(Conformance c)
    {
        var customer = await CustomerAsync(c.Client);
        var transaction = await c.Client.CustomerBalanceTransactions.CreateAsync(customer.Id, new CustomerBalanceTransactionCreateOptions { Amount = -500, Currency = "usd" });
        return (customer.Id, transaction.Id);
    }
}
