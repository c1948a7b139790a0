using System.Text.Json;
using System.Text.Json.Serialization;

namespace Polvo.Stripe.Entities;

/// <summary>
/// A Stripe customer (<c>components.schemas.customer</c> of API version 2020-08-27). Nested objects every
/// customer carries are typed (<see cref="InvoiceSettings"/>, <see cref="Address"/>, <see cref="Shipping"/>); those
/// that are usually null or sent only on request are kept as <see cref="JsonElement"/>; unknown fields go to
/// <see cref="StripeEntity.ExtensionData"/>. A deleted customer comes back with <see cref="Deleted"/> set.
/// </summary>
public sealed class Customer : StripeEntity
{
    /// <summary>Gets or sets the customer's address.</summary>
    public Address? Address { get; set; }

    /// <summary>Gets or sets the balance in the smallest currency unit (negative is credit).</summary>
    public long? Balance { get; set; }

    /// <summary>Gets or sets when the customer was created.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public DateTimeOffset Created { get; set; }

    /// <summary>Gets or sets the three-letter currency code the customer is billed in.</summary>
    public string? Currency { get; set; }

    /// <summary>Gets or sets the default payment source: an id, or the source when expanded.</summary>
    [JsonConverter(typeof(ExpandableConverter<JsonElement>))]
    public Expandable<JsonElement>? DefaultSource { get; set; }

    /// <summary>Gets or sets whether the customer's latest invoice or charge failed.</summary>
    public bool? Delinquent { get; set; }

    /// <summary>Gets or sets a free-form description.</summary>
    public string? Description { get; set; }

    /// <summary>Gets or sets the current discount, if any.</summary>
    public JsonElement? Discount { get; set; }

    /// <summary>Gets or sets the customer's email address.</summary>
    public string? Email { get; set; }

    /// <summary>Gets or sets the prefix of the customer's invoice numbers.</summary>
    public string? InvoicePrefix { get; set; }

    /// <summary>Gets or sets the customer's invoice settings.</summary>
    public CustomerInvoiceSettings? InvoiceSettings { get; set; }

    /// <summary>Gets or sets whether the object lives in live mode (<see langword="false"/> when Stripe did not say, as in a deleted marker).</summary>
    [JsonIgnore]
    public bool Livemode
    {
        get => LivemodeField ?? false;
        set => LivemodeField = value;
    }

    /// <summary>
    /// Gets or sets <c>livemode</c> as sent: a deleted marker has none, and writing <c>false</c> for it would
    /// add a field the round trip never had.
    /// </summary>
    [JsonInclude]
    [JsonPropertyName("livemode")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    internal bool? LivemodeField { get; set; }

    /// <summary>Gets or sets the key-value metadata.</summary>
    public Dictionary<string, string>? Metadata { get; set; }

    /// <summary>Gets or sets the customer's full name or business name.</summary>
    public string? Name { get; set; }

    /// <summary>Gets or sets the suffix of the customer's next invoice number.</summary>
    public long? NextInvoiceSequence { get; set; }

    /// <summary>Gets or sets the customer's phone number.</summary>
    public string? Phone { get; set; }

    /// <summary>Gets or sets the customer's preferred languages, most preferred first.</summary>
    public List<string>? PreferredLocales { get; set; }

    /// <summary>Gets or sets the shipping information.</summary>
    public Shipping? Shipping { get; set; }

    /// <summary>Gets or sets the payment sources (sent only when expanded).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public JsonElement? Sources { get; set; }

    /// <summary>Gets or sets the subscriptions (sent only when expanded).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public JsonElement? Subscriptions { get; set; }

    /// <summary>Gets or sets the tax details (sent only when expanded).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public JsonElement? Tax { get; set; }

    /// <summary>Gets or sets the tax status: <c>none</c>, <c>exempt</c> or <c>reverse</c>.</summary>
    public string? TaxExempt { get; set; }

    /// <summary>Gets or sets the tax ids (sent only when expanded).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public JsonElement? TaxIds { get; set; }

    /// <summary>Gets or sets the test clock the customer belongs to: an id, or the clock when expanded.</summary>
    [JsonConverter(typeof(ExpandableConverter<JsonElement>))]
    public Expandable<JsonElement>? TestClock { get; set; }

    /// <summary>Gets or sets whether this is the marker of a deleted customer (only sent as <see langword="true"/>).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? Deleted { get; set; }
}
