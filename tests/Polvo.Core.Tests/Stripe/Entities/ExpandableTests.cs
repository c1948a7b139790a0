using System.Text.Json;
using Polvo.Stripe.Entities;

namespace Polvo.Core.Tests.Stripe.Entities;

public class ExpandableTests
{
    private const string ChargeWithCustomerId = """{"id":"ch_1","object":"charge","amount":5,"created":10,"customer":"cus_9"}""";
    private const string ChargeWithCustomer = """{"id":"ch_1","object":"charge","amount":5,"created":10,"customer":{"id":"cus_9","object":"customer","created":7,"email":"a@example.com","metadata":{"k":"v"}}}""";

    [Fact]
    public void Read_IdString_HoldsIdOnly()
    {
        var charge = JsonSerializer.Deserialize(ChargeWithCustomerId, StripeJsonContext.Default.Charge)!;
        Assert.Equal("cus_9", charge.Customer!.Id);
        Assert.False(charge.Customer.IsExpanded);
        Assert.Null(charge.Customer.Value);
    }

    [Fact]
    public void Read_ExpandedObject_HoldsTypedCustomerAndId()
    {
        var charge = JsonSerializer.Deserialize(ChargeWithCustomer, StripeJsonContext.Default.Charge)!;
        Assert.True(charge.Customer!.IsExpanded);
        Assert.Equal("cus_9", charge.Customer.Id);
        Assert.Equal("a@example.com", charge.Customer.Value!.Email);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(7), charge.Customer.Value.Created);
    }

    [Theory]
    [InlineData(ChargeWithCustomerId, "\"cus_9\"")]
    [InlineData(ChargeWithCustomer, "{")]
    public void Write_EitherForm_WritesTheSameForm(string json, string start)
    {
        var charge = JsonSerializer.Deserialize(json, StripeJsonContext.Default.Charge)!;
        var written = JsonSerializer.SerializeToElement(charge, StripeJsonContext.Default.Charge).GetProperty("customer");
        Assert.StartsWith(start, written.GetRawText());
        if (written.ValueKind == JsonValueKind.Object)
        {
            Assert.Equal("v", written.GetProperty("metadata").GetProperty("k").GetString());
        }
    }

    [Fact]
    public void Read_NumberInsteadOfIdOrObject_ThrowsJsonException() =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("""{"id":"ch_1","object":"charge","customer":5}""", StripeJsonContext.Default.Charge));
}
