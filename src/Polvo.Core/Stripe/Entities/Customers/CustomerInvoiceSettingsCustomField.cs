using System.Text.Json;
using System.Text.Json.Serialization;

namespace Polvo.Stripe.Entities;

/// <summary>One custom field of a customer's invoices (<c>invoice_settings.custom_fields[]</c>).</summary>
public sealed class CustomerInvoiceSettingsCustomField : IStripeExtensible
{
    /// <summary>Gets or sets the field's name.</summary>
    public string? Name { get; set; }

    /// <summary>Gets or sets the field's value.</summary>
    public string? Value { get; set; }

    /// <inheritdoc/>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
