using Polvo.Stripe.Http;

namespace Polvo.Stripe.Services;

/// <summary>A charge's shipping information to send (customers use <see cref="CustomerShippingOptions"/>), as <c>shipping[name]</c>, <c>shipping[address][line1]</c>, ...</summary>
public sealed class ShippingOptions : IStripeParameters
{
    /// <summary>Gets or sets the address. Stripe requires it with shipping.</summary>
    /// <value>The default value is <see langword="null"/>: not sent.</value>
    public AddressOptions? Address { get; set; }

    /// <summary>Gets or sets the recipient's name. Stripe requires it with shipping.</summary>
    /// <value>The default value is <see langword="null"/>: not sent.</value>
    public string? Name { get; set; }

    /// <summary>Gets or sets the recipient's phone number.</summary>
    /// <value>The default value is <see langword="null"/>: not sent.</value>
    public string? Phone { get; set; }

    /// <summary>Gets or sets the delivery service (charges only).</summary>
    /// <value>The default value is <see langword="null"/>: not sent.</value>
    public string? Carrier { get; set; }

    /// <summary>Gets or sets the tracking number (charges only).</summary>
    /// <value>The default value is <see langword="null"/>: not sent.</value>
    public string? TrackingNumber { get; set; }

    /// <inheritdoc/>
    public void AddParameters(ParameterBuilder parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        parameters.AddObject("address", Address).Add("name", Name).Add("phone", Phone)
            .Add("carrier", Carrier).Add("tracking_number", TrackingNumber);
    }
}
