using Polvo.Stripe.Services;

namespace Polvo.Core.Tests.Stripe.Services;

/// <summary>What a user sees when a nested object of a request is incomplete: deep paths, list elements, clear flags.</summary>
public class NestedOptionsRulesTests
{
    [Fact]
    public void Validate_LineItemPriceWithoutCurrency_NamesTheElementAndItsPath()
    {
        var options = new CheckoutSessionCreateOptions
        {
            CancelUrl = "https://example.com/c",
            SuccessUrl = "https://example.com/s",
            LineItems = [new LineItemOptions { Price = "price_1", Quantity = 1 }, new LineItemOptions { PriceData = new PriceDataOptions { UnitAmount = 100 }, Quantity = 1 }],
        };

        var error = Assert.Throws<ArgumentException>(options.Validate);

        Assert.Equal("LineItems", error.ParamName);
        Assert.StartsWith("LineItems[1].PriceData.Currency is required (Stripe's line_items[1][price_data][currency]); set it.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NullElementInAListOfObjects_NamesItsIndex()
    {
        var options = new CheckoutSessionCreateOptions { CancelUrl = "https://example.com/c", SuccessUrl = "https://example.com/s", LineItems = [new LineItemOptions { Price = "price_1" }, null!] };

        var error = Assert.Throws<ArgumentException>(options.Validate);

        Assert.Equal("LineItems", error.ParamName);
        Assert.StartsWith("LineItems[1] is null (Stripe's line_items[1]); remove it from the list or set it.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NestedClearFlagBesideItsValue_NamesBothAtTheirDepth()
    {
        var options = PortalConfiguration(new CancellationReasonOptions { Enabled = true, Options = ["other"], ClearOptions = true });

        var error = Assert.Throws<ArgumentException>(options.Validate);

        Assert.Equal("Features", error.ParamName);
        Assert.StartsWith(
            "Set Features.SubscriptionCancel.CancellationReason.Options or Features.SubscriptionCancel.CancellationReason.ClearOptions, not both "
            + "(Features.SubscriptionCancel.CancellationReason.ClearOptions sends an empty features[subscription_cancel][cancellation_reason][options], which clears it).",
            error.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_RequiredNestedPropertyCleared_IsSatisfiedByItsClearFlag()
    {
        PortalConfiguration(new CancellationReasonOptions { Enabled = true, ClearOptions = true }).Validate();

        var error = Assert.Throws<ArgumentException>(PortalConfiguration(new CancellationReasonOptions { Enabled = true }).Validate);
        Assert.Contains("set it, or set Features.SubscriptionCancel.CancellationReason.ClearOptions to send it empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_OnANestedObjectAlone_NamesThePropertyRelativeToIt()
    {
        var error = Assert.Throws<ArgumentException>(new ShippingOptions { Name = "Jo" }.Validate);

        Assert.Equal("Address", error.ParamName);
        Assert.StartsWith("Address is required (Stripe's address); set it.", error.Message, StringComparison.Ordinal);
        new ShippingOptions { Name = "Jo", Address = new AddressOptions() }.Validate();
    }

    [Fact]
    public void Validate_TopLevelClearFlagBesideItsValue_StillNamesTheFlag()
    {
        var error = Assert.Throws<ArgumentException>(new CustomerUpdateOptions { Shipping = new ShippingOptions { Name = "Jo", Address = new AddressOptions() }, ClearShipping = true }.Validate);

        Assert.Equal("ClearShipping", error.ParamName);
        Assert.StartsWith("Set Shipping or ClearShipping, not both (ClearShipping sends an empty shipping, which clears it).", error.Message, StringComparison.Ordinal);
    }

    private static BillingPortalConfigurationCreateOptions PortalConfiguration(CancellationReasonOptions reason) => new()
    {
        BusinessProfile = new BillingPortalConfigurationCreateBusinessProfileOptions { PrivacyPolicyUrl = "https://example.com/p", TermsOfServiceUrl = "https://example.com/t" },
        Features = new FeaturesOptions { SubscriptionCancel = new SubscriptionCancelOptions { Enabled = true, CancellationReason = reason } },
    };
}
