using Polvo.Stripe.Http;

namespace Polvo.Stripe.Services;

/// <summary>The fields shared by <see cref="ChargeCreateOptions"/> and <see cref="ChargeUpdateOptions"/>. Unset (<see langword="null"/>) fields are not sent.</summary>
public abstract class ChargeWriteOptions : StripeOptions
{
    /// <summary>Gets or sets the customer id.</summary>
    /// <value>The default value is <see langword="null"/>: not sent.</value>
    public string? Customer { get; set; }

    /// <summary>Gets or sets the description.</summary>
    /// <value>The default value is <see langword="null"/>: not sent.</value>
    public string? Description { get; set; }

    /// <summary>Gets or sets metadata to set; a key with an empty string value is removed.</summary>
    /// <value>The default value is <see langword="null"/>: not sent.</value>
    public Dictionary<string, string?>? Metadata { get; set; }

    /// <summary>Gets or sets the email the receipt is sent to.</summary>
    /// <value>The default value is <see langword="null"/>: not sent.</value>
    public string? ReceiptEmail { get; set; }

    /// <summary>Gets or sets the shipping information.</summary>
    /// <value>The default value is <see langword="null"/>: not sent.</value>
    public ShippingOptions? Shipping { get; set; }

    /// <summary>Gets or sets the transfer group.</summary>
    /// <value>The default value is <see langword="null"/>: not sent.</value>
    public string? TransferGroup { get; set; }

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
        parameters.Add("customer", Customer).Add("description", Description).AddMap("metadata", Metadata)
            .Add("receipt_email", ReceiptEmail).AddObject("shipping", Shipping).Add("transfer_group", TransferGroup);
    }
}
