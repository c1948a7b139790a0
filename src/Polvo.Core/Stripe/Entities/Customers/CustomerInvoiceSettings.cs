using System.Text.Json;
using System.Text.Json.Serialization;

namespace Polvo.Stripe.Entities;

/// <summary>
/// A customer's default invoice settings (<c>invoice_settings</c>). Typed so that decoding a customer does not
/// clone a <see cref="JsonElement"/> per item; fields Polvo does not model go to <see cref="ExtensionData"/>.
/// </summary>
public sealed class CustomerInvoiceSettings : IStripeExtensible
{
    /// <summary>Gets or sets the custom fields shown on invoices (up to four).</summary>
    public List<CustomerInvoiceSettingsCustomField>? CustomFields { get; set; }

    /// <summary>Gets or sets the default payment method for invoices: an id, or the payment method when expanded.</summary>
    [JsonConverter(typeof(ExpandableConverter<JsonElement>))]
    public Expandable<JsonElement>? DefaultPaymentMethod { get; set; }

    /// <summary>Gets or sets the default footer of invoices.</summary>
    public string? Footer { get; set; }

    /// <summary>Gets or sets the default options for rendering invoice PDFs.</summary>
    public CustomerInvoiceSettingsRenderingOptions? RenderingOptions { get; set; }

    /// <inheritdoc/>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
