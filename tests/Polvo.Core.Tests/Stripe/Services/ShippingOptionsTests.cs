using Polvo.Stripe.Http;
using Polvo.Stripe.Services;

namespace Polvo.Core.Tests.Stripe.Services;

public class ShippingOptionsTests
{
    [Fact]
    public void CustomerShipping_EncodesOnlyStripesCustomerFields()
    {
        var builder = new ParameterBuilder();
        new CustomerUpdateOptions { Shipping = new ShippingOptions { Name = "Jo", Phone = "+351", Address = new AddressOptions { Line1 = "1 Rua" } } }.AddParameters(builder);

        Assert.Equal(["shipping[address][line1]", "shipping[name]", "shipping[phone]"], builder.Pairs.Select(p => p.Key));
    }

    [Fact]
    public void ChargeShipping_EncodesCarrierAndTrackingNumber()
    {
        var builder = new ParameterBuilder();
        new ChargeUpdateOptions { Shipping = new ChargeCreateShippingOptions { Name = "Jo", Address = new AddressOptions { Line1 = "1 Rua" }, Carrier = "UPS", TrackingNumber = "1Z" } }.AddParameters(builder);

        Assert.Equal(["shipping[address][line1]", "shipping[carrier]", "shipping[name]", "shipping[tracking_number]"], builder.Pairs.Select(p => p.Key).Order());
    }
}
