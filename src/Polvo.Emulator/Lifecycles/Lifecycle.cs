using System.Text.Json.Nodes;
using Polvo.Emulator.Generic;
using Polvo.Emulator.Http;

namespace Polvo.Emulator.Lifecycles;

/// <summary>Finds the hand-written lifecycle of a resource, if it has one.</summary>
internal static class Lifecycle
{
    private static readonly Dictionary<string, ResourceLifecycle> ByObject = new(StringComparer.Ordinal)
    {
        ["payment_intent"] = new PaymentIntentLifecycle(),
        ["setup_intent"] = new SetupIntentLifecycle(),
        ["payment_method"] = new PaymentMethodLifecycle(),
        ["refund"] = new RefundLifecycle(),
        ["dispute"] = new DisputeLifecycle(),
        ["invoice"] = new InvoiceLifecycle(),
        ["invoiceitem"] = new InvoiceItemLifecycle(),
        ["credit_note"] = new CreditNoteLifecycle(),
        ["subscription"] = new SubscriptionLifecycle(),
        ["subscription_item"] = new SubscriptionItemLifecycle(),
        ["subscription_schedule"] = new SubscriptionScheduleLifecycle(),
        ["product"] = new ProductLifecycle(),
        ["price"] = new PriceLifecycle(),
        ["coupon"] = new CouponLifecycle(),
        ["promotion_code"] = new PromotionCodeLifecycle(),
        ["checkout.session"] = new CheckoutSessionLifecycle(),
        ["payment_link"] = new PaymentLinkLifecycle(),
        ["webhook_endpoint"] = new WebhookEndpointLifecycle(),
        ["payout"] = new PayoutLifecycle(),
        ["transfer"] = new TransferLifecycle(),
        ["transfer_reversal"] = new TransferReversalLifecycle(),
        ["customer_balance_transaction"] = new CustomerBalanceTransactionLifecycle(),
    };

    public static void BeforeCreate(GenericContext context, JsonObject data) => Of(context)?.BeforeCreate(context, data);

    public static GenericRecord AfterCreate(GenericContext context, GenericRecord record) => Of(context)?.AfterCreate(context, record) ?? record;

    public static Action<JsonObject>? BeforeUpdate(GenericContext context, GenericRecord current) => Of(context)?.BeforeUpdate(context, current);

    public static ApiResult? Delete(GenericContext context, GenericRecord current) => Of(context)?.Delete(context, current);

    public static ApiResult Run(GenericContext context, string method) =>
        Of(context)?.Action(context, method, context.Route.Action!)
        ?? throw new ApiException(404, ApiErrors.InvalidRequest,
            $"The emulator does not serve {method} {context.Request.Context.Request.Path} (an action of {context.Type.Object} it has no lifecycle for). See the README's emulator section for what it serves.");

    private static ResourceLifecycle? Of(GenericContext context) => ByObject.GetValueOrDefault(context.Type.Object);
}
