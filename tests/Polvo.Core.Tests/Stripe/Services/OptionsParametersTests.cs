using Polvo.Stripe.Http;
using Polvo.Stripe.Services;

namespace Polvo.Core.Tests.Stripe.Services;

public class OptionsParametersTests
{
    private static string Encode(IStripeParameters options)
    {
        var builder = new ParameterBuilder();
        options.AddParameters(builder);
        return FormEncoder.Encode(builder.Pairs);
    }

    [Fact]
    public void CustomerListOptions_AllFilters_EncodeAsStripeExpects() =>
        Assert.Equal(
            "limit=100&starting_after=cus_1&created[gte]=1000&created[lt]=2000&email=a%40example.com&expand[0]=data.default_source",
            Encode(new CustomerListOptions
            {
                Limit = 100,
                StartingAfter = "cus_1",
                Created = new DateRangeFilter { Gte = DateTimeOffset.FromUnixTimeSeconds(1000), Lt = DateTimeOffset.FromUnixTimeSeconds(2000) },
                Email = "a@example.com",
                Expand = ["data.default_source"],
            }));

    [Fact]
    public void ChargeListOptions_Customer_Encodes() =>
        Assert.Equal("ending_before=ch_9&customer=cus_1", Encode(new ChargeListOptions { EndingBefore = "ch_9", Customer = "cus_1" }));

    [Fact]
    public void DateRangeFilter_AllBounds_EncodeUnderCreated() =>
        Assert.Equal(
            "created[gt]=1&created[gte]=2&created[lt]=3&created[lte]=4",
            Encode(new ChargeListOptions { Created = new DateRangeFilter { Gt = At(1), Gte = At(2), Lt = At(3), Lte = At(4) } }));

    [Fact]
    public void CustomerCreateOptions_NestedFieldsAndMetadata_Encode() =>
        Assert.Equal(
            "address[city]=Lyon&address[line1]=1%20rue&email=a%40example.com&metadata[tier]=gold&metadata[old]=&name=Jo" +
            "&payment_method=pm_1&preferred_locales[0]=fr&shipping[address][country]=FR&shipping[name]=Jo&tax_exempt=exempt&expand[0]=tax",
            Encode(new CustomerCreateOptions
            {
                Address = new AddressOptions { City = "Lyon", Line1 = "1 rue" },
                Email = "a@example.com",
                Metadata = new() { ["tier"] = "gold", ["old"] = "" },
                Name = "Jo",
                PreferredLocales = ["fr"],
                Shipping = new ShippingOptions { Address = new AddressOptions { Country = "FR" }, Name = "Jo" },
                TaxExempt = Polvo.Stripe.Entities.Customer.TaxExemptValues.Exempt,
                PaymentMethod = "pm_1",
                Expand = ["tax"],
            }));

    [Fact]
    public void CustomerUpdateOptions_EmptyString_IsSentToUnset() =>
        Assert.Equal("default_source=card_1&description=", Encode(new CustomerUpdateOptions { Description = "", DefaultSource = "card_1" }));

    [Fact]
    public void ChargeCreateOptions_AmountCurrencyAndFlags_Encode() =>
        Assert.Equal(
            "amount=2000&capture=false&currency=usd&customer=cus_1&metadata[order]=7&source=tok_visa",
            Encode(new ChargeCreateOptions { Amount = 2000, Currency = "usd", Customer = "cus_1", Metadata = new() { ["order"] = "7" }, Source = "tok_visa", Capture = false }));

    [Fact]
    public void SearchOptions_QueryLimitPage_Encode() =>
        Assert.Equal(
            "query=email%3A%22a%40example.com%22&limit=5&page=pg_1",
            Encode(new CustomerSearchOptions { Query = "email:\"a@example.com\"", Limit = 5, Page = "pg_1" }));

    [Fact]
    public void ExtraParameters_AreSentAfterModelledOnes() =>
        Assert.Equal(
            "customer=cus_1&expand[0]=customer&transfer_data[destination]=acct_1",
            Encode(new ChargeUpdateOptions { Customer = "cus_1", Expand = ["customer"], ExtraParameters = new() { ["transfer_data"] = new Dictionary<string, object?> { ["destination"] = "acct_1" } } }));

    private static DateTimeOffset At(long seconds) => DateTimeOffset.FromUnixTimeSeconds(seconds);
}
