using Polvo.Stripe.Http;

namespace Polvo.Stripe.Services;

/// <summary>The fields shared by <see cref="CustomerCreateOptions"/> and <see cref="CustomerUpdateOptions"/>. Unset (<see langword="null"/>) fields are not sent; an empty string unsets a field.</summary>
public abstract class CustomerWriteOptions : StripeOptions
{
    /// <summary>Gets or sets the address.</summary>
    /// <value>The default value is <see langword="null"/>: not sent.</value>
    public AddressOptions? Address { get; set; }

    /// <summary>Gets or sets the balance in the smallest currency unit (negative is credit).</summary>
    /// <value>The default value is <see langword="null"/>: not sent.</value>
    public long? Balance { get; set; }

    /// <summary>Gets or sets the description.</summary>
    /// <value>The default value is <see langword="null"/>: not sent.</value>
    public string? Description { get; set; }

    /// <summary>Gets or sets the email address.</summary>
    /// <value>The default value is <see langword="null"/>: not sent.</value>
    public string? Email { get; set; }

    /// <summary>Gets or sets the prefix of invoice numbers.</summary>
    /// <value>The default value is <see langword="null"/>: not sent.</value>
    public string? InvoicePrefix { get; set; }

    /// <summary>Gets or sets metadata to set; a key with an empty string value is removed.</summary>
    /// <value>The default value is <see langword="null"/>: not sent.</value>
    public Dictionary<string, string?>? Metadata { get; set; }

    /// <summary>Gets or sets the full name or business name.</summary>
    /// <value>The default value is <see langword="null"/>: not sent.</value>
    public string? Name { get; set; }

    /// <summary>Gets or sets the phone number.</summary>
    /// <value>The default value is <see langword="null"/>: not sent.</value>
    public string? Phone { get; set; }

    /// <summary>Gets or sets the preferred languages.</summary>
    /// <value>The default value is <see langword="null"/>: not sent.</value>
    public List<string>? PreferredLocales { get; set; }

    /// <summary>Gets or sets the shipping information.</summary>
    /// <value>The default value is <see langword="null"/>: not sent.</value>
    public CustomerShippingOptions? Shipping { get; set; }

    /// <summary>Gets or sets a payment source token or id to attach.</summary>
    /// <value>The default value is <see langword="null"/>: not sent.</value>
    public string? Source { get; set; }

    /// <summary>Gets or sets the tax status.</summary>
    /// <value>The default value is <see langword="null"/>: not sent.</value>
    public CustomerTaxExempt? TaxExempt { get; set; }

    /// <inheritdoc/>
    public override void Validate()
    {
        base.Validate();
        if (Shipping is not null)
        {
            ShippingRules.RequireNameAndAddress(Shipping.Name, Shipping.Address);
        }
    }

    /// <inheritdoc/>
    protected override void AddOwnParameters(ParameterBuilder parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        parameters.AddObject("address", Address).Add("balance", Balance).Add("description", Description)
            .Add("email", Email).Add("invoice_prefix", InvoicePrefix).AddMap("metadata", Metadata).Add("name", Name)
            .Add("phone", Phone).AddList("preferred_locales", PreferredLocales).AddObject("shipping", Shipping)
            .Add("source", Source).AddValue("tax_exempt", TaxExempt);
    }
}
