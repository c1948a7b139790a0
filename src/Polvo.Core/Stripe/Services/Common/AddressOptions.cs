using Polvo.Stripe.Http;

namespace Polvo.Stripe.Services;

/// <summary>An address to send, as <c>address[line1]</c>, <c>address[city]</c>, ...</summary>
public sealed class AddressOptions : IStripeParameters
{
    /// <summary>Gets or sets the city.</summary>
    /// <value>The default value is <see langword="null"/>: not sent.</value>
    public string? City { get; set; }

    /// <summary>Gets or sets the two-letter country code.</summary>
    /// <value>The default value is <see langword="null"/>: not sent.</value>
    public string? Country { get; set; }

    /// <summary>Gets or sets the first line.</summary>
    /// <value>The default value is <see langword="null"/>: not sent.</value>
    public string? Line1 { get; set; }

    /// <summary>Gets or sets the second line.</summary>
    /// <value>The default value is <see langword="null"/>: not sent.</value>
    public string? Line2 { get; set; }

    /// <summary>Gets or sets the postal code.</summary>
    /// <value>The default value is <see langword="null"/>: not sent.</value>
    public string? PostalCode { get; set; }

    /// <summary>Gets or sets the state or region.</summary>
    /// <value>The default value is <see langword="null"/>: not sent.</value>
    public string? State { get; set; }

    /// <inheritdoc/>
    public void AddParameters(ParameterBuilder parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        parameters.Add("city", City).Add("country", Country).Add("line1", Line1).Add("line2", Line2)
            .Add("postal_code", PostalCode).Add("state", State);
    }
}
