namespace Polvo.Stripe.Services;

/// <summary>Stripe's rule for shipping on customers and charges, checked before any request.</summary>
internal static class ShippingRules
{
    /// <summary>Shipping needs a name and an address (Stripe answers 400 otherwise).</summary>
    /// <exception cref="ArgumentException">The name or the address is missing.</exception>
    public static void RequireNameAndAddress(string? name, AddressOptions? address)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException("Shipping.Name is required when Shipping is given: set the recipient's name.", "Shipping");
        }

        if (address is null)
        {
            throw new ArgumentException("Shipping.Address is required when Shipping is given: set at least Address.Line1.", "Shipping");
        }
    }
}
