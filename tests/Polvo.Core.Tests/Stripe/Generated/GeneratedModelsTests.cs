using System.Text.Json;
using Polvo.Stripe.Entities;
using Polvo.Stripe.Http;
using Polvo.Stripe.Services;

namespace Polvo.Core.Tests.Stripe.Generated;

/// <summary>The choices the generated code makes where the description leaves room: polymorphism, clearing, ids.</summary>
public class GeneratedModelsTests
{
    [Fact]
    public void ExpandedDefaultSource_IsReadAsTheModelItsObjectFieldNames()
    {
        var customer = JsonSerializer.Deserialize("""{"id":"cus_1","object":"customer","default_source":{"id":"card_1","object":"card","brand":"Visa","last4":"4242"}}""", StripeJsonContext.Default.Customer)!;

        var card = Assert.IsType<Card>(customer.DefaultSource!.Value);
        Assert.Equal("card_1", customer.DefaultSource.Id);
        Assert.Equal("4242", card.Last4);
    }

    [Fact]
    public void PolymorphicField_UnknownKind_IsKeptWhole()
    {
        const string json = """{"id":"cus_1","object":"customer","default_source":{"id":"x_1","object":"future_source","detail":{"a":1}}}""";
        var customer = JsonSerializer.Deserialize(json, StripeJsonContext.Default.Customer)!;

        var unknown = Assert.IsType<UnknownStripeEntity>(customer.DefaultSource!.Value);
        Assert.Equal("future_source", unknown.Object);
        Assert.Equal("""{"id":"x_1","object":"future_source","detail":{"a":1}}""", JsonSerializer.Serialize(customer.DefaultSource.Value, StripeJsonContext.Default.StripeEntity));
    }

    [Fact]
    public void DeletedCustomerInAnExpandableField_IsACustomerMarkedDeleted()
    {
        var charge = JsonSerializer.Deserialize("""{"id":"ch_1","object":"charge","customer":{"id":"cus_1","object":"customer","deleted":true}}""", StripeJsonContext.Default.Charge)!;

        Assert.True(charge.Customer!.Value!.Deleted);
        Assert.Equal("cus_1", charge.Customer.Value.Id);
    }

    [Fact]
    public void Entity_ToString_IsItsId() =>
        Assert.Equal("cus_9", new Customer { Id = "cus_9" }.ToString());

    [Fact]
    public void RequiredValueAbsentOnReading_IsLeftOutOnWriting()
    {
        var customer = JsonSerializer.Deserialize("""{"id":"cus_1","object":"customer"}""", StripeJsonContext.Default.Customer)!;

        Assert.False(customer.Livemode);
        Assert.Equal("""{"id":"cus_1","object":"customer"}""", JsonSerializer.Serialize(customer, StripeJsonContext.Default.Customer));
    }

    [Fact]
    public void ClearFlag_SendsAnEmptyValue() =>
        Assert.Equal("address=&metadata=", Encode(new CustomerUpdateOptions { ClearAddress = true, ClearMetadata = true }));

    [Fact]
    public void ClearFlagAndAValue_AreRefusedNamingTheFlag()
    {
        var error = Assert.Throws<ArgumentException>(() => new CustomerUpdateOptions { ClearAddress = true, Address = new AddressOptions { City = "Porto" } }.Validate());
        Assert.Equal("ClearAddress", error.ParamName);
    }

    [Fact]
    public void NullValue_IsNotSentAndClearsNothing() =>
        Assert.Equal(string.Empty, Encode(new CustomerUpdateOptions { Address = null, Metadata = null }));

    private static string Encode(IStripeParameters options)
    {
        var builder = new ParameterBuilder();
        options.AddParameters(builder);
        return FormEncoder.Encode(builder.Pairs);
    }
}
