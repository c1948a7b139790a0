using System.Text.Json;
using System.Text.Json.Serialization;

namespace Polvo.Stripe.Entities;

/// <summary>
/// A Stripe charge (<c>components.schemas.charge</c> of API version 2020-08-27). Nested objects that
/// Polvo does not model in detail are kept as <see cref="JsonElement"/>; unknown fields (such as <c>source</c>)
/// go to <see cref="StripeEntity.ExtensionData"/> and are written back.
/// </summary>
public sealed class Charge : StripeEntity
{
    /// <summary>Gets or sets the amount intended to be collected, in the smallest currency unit.</summary>
    public long Amount { get; set; }

    /// <summary>Gets or sets the amount captured.</summary>
    public long AmountCaptured { get; set; }

    /// <summary>Gets or sets the amount refunded.</summary>
    public long AmountRefunded { get; set; }

    /// <summary>Gets or sets the Connect application that created the charge.</summary>
    [JsonConverter(typeof(ExpandableConverter<JsonElement>))]
    public Expandable<JsonElement>? Application { get; set; }

    /// <summary>Gets or sets the application fee collected.</summary>
    [JsonConverter(typeof(ExpandableConverter<JsonElement>))]
    public Expandable<JsonElement>? ApplicationFee { get; set; }

    /// <summary>Gets or sets the amount of the application fee.</summary>
    public long? ApplicationFeeAmount { get; set; }

    /// <summary>Gets or sets the balance transaction of the charge.</summary>
    [JsonConverter(typeof(ExpandableConverter<JsonElement>))]
    public Expandable<JsonElement>? BalanceTransaction { get; set; }

    /// <summary>Gets or sets the billing details of the payment method.</summary>
    public BillingDetails? BillingDetails { get; set; }

    /// <summary>Gets or sets the full statement descriptor shown to the customer.</summary>
    public string? CalculatedStatementDescriptor { get; set; }

    /// <summary>Gets or sets whether the charge was captured.</summary>
    public bool Captured { get; set; }

    /// <summary>Gets or sets when the charge was created.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public DateTimeOffset Created { get; set; }

    /// <summary>Gets or sets the three-letter currency code.</summary>
    public string? Currency { get; set; }

    /// <summary>Gets or sets the customer: an id, or the customer when expanded with <c>expand[]=customer</c>.</summary>
    [JsonConverter(typeof(ExpandableConverter<Customer>))]
    public Expandable<Customer>? Customer { get; set; }

    /// <summary>Gets or sets a free-form description.</summary>
    public string? Description { get; set; }

    /// <summary>Gets or sets whether the charge was disputed.</summary>
    public bool Disputed { get; set; }

    /// <summary>Gets or sets the balance transaction of a failed capture.</summary>
    [JsonConverter(typeof(ExpandableConverter<JsonElement>))]
    public Expandable<JsonElement>? FailureBalanceTransaction { get; set; }

    /// <summary>Gets or sets the failure code, if the charge failed.</summary>
    public string? FailureCode { get; set; }

    /// <summary>Gets or sets the failure message, if the charge failed.</summary>
    public string? FailureMessage { get; set; }

    /// <summary>Gets or sets the fraud assessments.</summary>
    public JsonElement? FraudDetails { get; set; }

    /// <summary>Gets or sets the invoice the charge pays.</summary>
    [JsonConverter(typeof(ExpandableConverter<JsonElement>))]
    public Expandable<JsonElement>? Invoice { get; set; }

    /// <summary>Gets or sets whether the object lives in live mode.</summary>
    public bool Livemode { get; set; }

    /// <summary>Gets or sets the key-value metadata.</summary>
    public Dictionary<string, string>? Metadata { get; set; }

    /// <summary>Gets or sets the account the charge was made on behalf of.</summary>
    [JsonConverter(typeof(ExpandableConverter<JsonElement>))]
    public Expandable<JsonElement>? OnBehalfOf { get; set; }

    /// <summary>Gets or sets the order the charge belongs to.</summary>
    [JsonConverter(typeof(ExpandableConverter<JsonElement>))]
    public Expandable<JsonElement>? Order { get; set; }

    /// <summary>Gets or sets whether and why the charge was accepted.</summary>
    public ChargeOutcome? Outcome { get; set; }

    /// <summary>Gets or sets whether the charge succeeded or was authorized.</summary>
    public bool Paid { get; set; }

    /// <summary>Gets or sets the payment intent of the charge.</summary>
    [JsonConverter(typeof(ExpandableConverter<JsonElement>))]
    public Expandable<JsonElement>? PaymentIntent { get; set; }

    /// <summary>Gets or sets the id of the payment method.</summary>
    public string? PaymentMethod { get; set; }

    /// <summary>Gets or sets the details of the payment method at the time of the charge.</summary>
    public JsonElement? PaymentMethodDetails { get; set; }

    /// <summary>Gets or sets the email the receipt was sent to.</summary>
    public string? ReceiptEmail { get; set; }

    /// <summary>Gets or sets the receipt number.</summary>
    public string? ReceiptNumber { get; set; }

    /// <summary>Gets or sets the URL of the receipt.</summary>
    public string? ReceiptUrl { get; set; }

    /// <summary>Gets or sets whether the charge was fully refunded.</summary>
    public bool Refunded { get; set; }

    /// <summary>Gets or sets the refunds of the charge.</summary>
    public StripeList<JsonElement>? Refunds { get; set; }

    /// <summary>Gets or sets the Radar review of the charge.</summary>
    [JsonConverter(typeof(ExpandableConverter<JsonElement>))]
    public Expandable<JsonElement>? Review { get; set; }

    /// <summary>Gets or sets the shipping information.</summary>
    public Shipping? Shipping { get; set; }

    /// <summary>Gets or sets the transfer that funded the charge.</summary>
    [JsonConverter(typeof(ExpandableConverter<JsonElement>))]
    public Expandable<JsonElement>? SourceTransfer { get; set; }

    /// <summary>Gets or sets the statement descriptor.</summary>
    public string? StatementDescriptor { get; set; }

    /// <summary>Gets or sets the statement descriptor suffix.</summary>
    public string? StatementDescriptorSuffix { get; set; }

    /// <summary>Gets or sets the status: <c>succeeded</c>, <c>pending</c> or <c>failed</c>.</summary>
    public string? Status { get; set; }

    /// <summary>Gets or sets the transfer to the destination account (sent only for destination charges).</summary>
    [JsonConverter(typeof(ExpandableConverter<JsonElement>))]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Expandable<JsonElement>? Transfer { get; set; }

    /// <summary>Gets or sets the destination charge's transfer data.</summary>
    public JsonElement? TransferData { get; set; }

    /// <summary>Gets or sets the transfer group.</summary>
    public string? TransferGroup { get; set; }
}
