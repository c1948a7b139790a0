using Polvo.Stripe.Http;

namespace Polvo.Stripe.Services;

/// <summary>
/// A customer's shipping information to send, as <c>shipping[name]</c>, <c>shipping[address][line1]</c>, ...
/// Customer shipping has only an address, a name and a phone (a charge's adds carrier and tracking number, see
/// <see cref="ShippingOptions"/>); Stripe requires the name and the address.
/// </summary>
public sealed class CustomerShippingOptions : IStripeParameters
{
    /// <summary>Gets or sets the address. Required.</summary>
    /// <value>The default value is <see langword="null"/>, which <see cref="CustomerWriteOptions.Validate"/> rejects.</value>
    public AddressOptions? Address { get; set; }

    /// <summary>Gets or sets the recipient's name. Required.</summary>
    /// <value>The default value is <see langword="null"/>, which <see cref="CustomerWriteOptions.Validate"/> rejects.</value>
    public string? Name { get; set; }

    /// <summary>Gets or sets the recipient's phone number.</summary>
    /// <value>The default value is <see langword="null"/>: not sent.</value>
    public string? Phone { get; set; }

    /// <inheritdoc/>
    public void AddParameters(ParameterBuilder parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        parameters.AddObject("address", Address).Add("name", Name).Add("phone", Phone);
    }
}
