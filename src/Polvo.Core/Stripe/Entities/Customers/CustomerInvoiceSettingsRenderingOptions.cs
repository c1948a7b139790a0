using System.Text.Json;
using System.Text.Json.Serialization;

namespace Polvo.Stripe.Entities;

/// <summary>How a customer's invoice PDFs are rendered (<c>invoice_settings.rendering_options</c>).</summary>
public sealed class CustomerInvoiceSettingsRenderingOptions : IStripeExtensible
{
    /// <summary>Gets or sets how line-item prices and amounts show tax: <c>exclude_tax</c> or <c>include_inclusive_tax</c>.</summary>
    public string? AmountTaxDisplay { get; set; }

    /// <summary>Gets or sets the id of the invoice rendering template.</summary>
    public string? Template { get; set; }

    /// <inheritdoc/>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
