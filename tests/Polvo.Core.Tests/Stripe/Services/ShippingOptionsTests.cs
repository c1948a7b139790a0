using Polvo.Core.Tests.TestSupport;
using Polvo.Stripe;
using Polvo.Stripe.Http;
using Polvo.Stripe.Services;

namespace Polvo.Core.Tests.Stripe.Services;

/// <summary>Shipping of customers and charges: what is encoded, and that a shipping without a name or an address is refused before any request.</summary>
public sealed class ShippingOptionsTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>, IDisposable
{
    private const string NameMissing = "Shipping.Name is required (Stripe's shipping[name]); set it.";
    private const string AddressMissing = "Shipping.Address is required (Stripe's shipping[address]); set it.";

    private readonly StripeClient _client = fixture.CreateClient();

    public void Dispose() => _client.Dispose();

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

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void CustomerShipping_WithoutName_RefusedNamingShippingName(string? name)
    {
        var create = Assert.Throws<ArgumentException>(new CustomerCreateOptions { Shipping = new ShippingOptions { Name = name, Phone = "1", Address = new AddressOptions { Line1 = "1 Rua" } } }.Validate);
        var update = Assert.Throws<ArgumentException>(new CustomerUpdateOptions { Shipping = new ShippingOptions { Name = name, Address = new AddressOptions { Line1 = "1 Rua" } } }.Validate);

        Assert.All([create, update], error => Assert.Equal("Shipping", error.ParamName));
        Assert.All([create, update], error => Assert.StartsWith(NameMissing, error.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void CustomerShipping_WithoutAddress_RefusedNamingShippingAddress()
    {
        var error = Assert.Throws<ArgumentException>(new CustomerCreateOptions { Shipping = new ShippingOptions { Name = "Jo", Phone = "1" } }.Validate);

        Assert.Equal("Shipping", error.ParamName);
        Assert.StartsWith(AddressMissing, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "1 Rua", NameMissing)]
    [InlineData("Jo", null, AddressMissing)]
    public void ChargeShipping_WithoutNameOrAddress_RefusedOnCreateAndUpdate(string? name, string? line1, string expected)
    {
        ChargeCreateShippingOptions Shipping() => new() { Name = name, Carrier = "UPS", Address = line1 is null ? null : new AddressOptions { Line1 = line1 } };

        var create = Assert.Throws<ArgumentException>(new ChargeCreateOptions { Amount = 100, Currency = "usd", Shipping = Shipping() }.Validate);
        var update = Assert.Throws<ArgumentException>(new ChargeUpdateOptions { Shipping = Shipping() }.Validate);

        Assert.All([create, update], error => Assert.Equal("Shipping", error.ParamName));
        Assert.All([create, update], error => Assert.StartsWith(expected, error.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Shipping_WithNameAndAddress_Validates()
    {
        new CustomerCreateOptions { Shipping = new ShippingOptions { Name = "Jo", Address = new AddressOptions() } }.Validate();
        new ChargeCreateOptions { Amount = 100, Currency = "usd", Shipping = new ChargeCreateShippingOptions { Name = "Jo", Address = new AddressOptions { Country = "PT" } } }.Validate();
    }

    [Fact]
    public async Task CreateAsync_ShippingWithOnlyAPhone_ThrowsAtTheCallAndSendsNothing()
    {
        var before = fixture.Emulator.Requests.Total;

        var error = Assert.Throws<ArgumentException>(() => { _ = _client.Customers.CreateAsync(new CustomerCreateOptions { Shipping = new ShippingOptions { Phone = "1" } }); });
        var charge = Assert.Throws<ArgumentException>(() => { _ = _client.Charges.CreateAsync(new ChargeCreateOptions { Amount = 100, Currency = "usd", Source = "tok_visa", Shipping = new ChargeCreateShippingOptions { Address = new AddressOptions { Line1 = "1 Rua" } } }); });

        Assert.StartsWith(AddressMissing, error.Message, StringComparison.Ordinal);
        Assert.StartsWith(NameMissing, charge.Message, StringComparison.Ordinal);
        Assert.Equal(before, fixture.Emulator.Requests.Total);
        var created = await _client.Customers.CreateAsync(new CustomerCreateOptions { Shipping = new ShippingOptions { Phone = "1", Name = "Jo", Address = new AddressOptions { Line1 = "1 Rua" } } });
        Assert.Equal("Jo", created.Shipping?.Name);
        Assert.Equal(before + 1, fixture.Emulator.Requests.Total);
    }
}
