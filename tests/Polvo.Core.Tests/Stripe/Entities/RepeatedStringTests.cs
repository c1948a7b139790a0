using System.Text.Json;
using Polvo.Stripe.Entities;

namespace Polvo.Core.Tests.Stripe.Entities;

/// <summary>Object names and enum values read from many objects share one string each, and read exactly as sent.</summary>
public class RepeatedStringTests
{
    [Fact]
    public void CustomerPage_ObjectNameAndEnumValue_AreOneInstanceAcrossItems()
    {
        const string json = """
            {"object":"list","data":[{"id":"cus_1","object":"customer","tax_exempt":"none"},{"id":"cus_2","object":"customer","tax_exempt":"none"}],"has_more":false}
            """;

        var page = JsonSerializer.Deserialize(json, StripeJsonContext.Default.StripeListCustomer)!;

        Assert.Same(page.Data[0].Object, page.Data[1].Object);
        Assert.Same(page.Data[0].TaxExempt, page.Data[1].TaxExempt);
        Assert.Equal("none", page.Data[1].TaxExempt);
    }

    [Fact]
    public void Customer_EscapedNullAndNewValues_ReadAsSent()
    {
        const string json = """
            {"object":"list","data":[{"id":"a","object":"customer","tax_exempt":"none"},{"id":"b","object":"cust\u006fmer","tax_exempt":"n\u006fne"},
            {"id":"c","object":"customer","tax_exempt":null},{"id":"d","object":"customer","tax_exempt":"exempt"},{"id":"e","object":"customer","tax_exempt":"a_2030_value"},
            {"id":"f","object":"customer","tax_exempt":"reverse"},{"id":"g","object":"customer","tax_exempt":"x"},{"id":"h","object":"customer","tax_exempt":"none"}],"has_more":false}
            """;

        var data = JsonSerializer.Deserialize(json, StripeJsonContext.Default.StripeListCustomer)!.Data;

        Assert.Equal(["none", "none", null, "exempt", "a_2030_value", "reverse", "x", "none"], data.Select(c => c.TaxExempt));
        Assert.All(data, c => Assert.Equal("customer", c.Object));
    }

    [Fact]
    public void Customer_EnumFieldNotAString_FailsAsBefore()
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("""{"id":"a","object":"customer","tax_exempt":5}""", StripeJsonContext.Default.Customer));
    }
}
