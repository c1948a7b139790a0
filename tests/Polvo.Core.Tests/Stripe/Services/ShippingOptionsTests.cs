using Polvo.Stripe.Http;
using Polvo.Stripe.Services;

namespace Polvo.Core.Tests.Stripe.Services;

public class ShippingOptionsTests
{
    [Fact]
    public void CustomerShipping_EncodesOnlyStripesCustomerFields()
    {
        var builder = new ParameterBuilder();
        new CustomerUpdateOptions { Shipping = new CustomerShippingOptions { Name = "Jo", Phone = "+351", Address = new AddressOptions { Line1 = "1 Rua" } } }.AddParameters(builder);

        Assert.Equal(["shipping[address][line1]", "shipping[name]", "shipping[phone]"], builder.Pairs.Select(p => p.Key));
    }

    [Theory]
    [InlineData(null, "1 Rua", "Shipping.Name")]
    [InlineData("Jo", null, "Shipping.Address")]
    public void CustomerAndChargeShipping_WithoutNameOrAddress_RejectedBeforeAnyRequest(string? name, string? line1, string named)
    {
        AddressOptions? address = line1 is null ? null : new AddressOptions { Line1 = line1 };

        var customer = Assert.Throws<ArgumentException>(() => new CustomerCreateOptions { Shipping = new CustomerShippingOptions { Name = name, Address = address } }.Validate());
        var charge = Assert.Throws<ArgumentException>(() => new ChargeUpdateOptions { Shipping = new ShippingOptions { Name = name, Address = address } }.Validate());

        Assert.All([customer, charge], ex => Assert.Equal("Shipping", ex.ParamName));
        Assert.All([customer, charge], ex => Assert.Contains(named, ex.Message, StringComparison.Ordinal));
    }
}
