using System.Text.Json;
using System.Text.Json.Nodes;
using Polvo.Stripe.Entities;

namespace Polvo.Core.Tests.Stripe.Entities;

/// <summary>Fields the models do not know are kept compactly yet behave as the <see cref="IStripeExtensible.ExtensionData"/> dictionary.</summary>
public class UnmodelledFieldsTests
{
    [Fact]
    public void ExtensionData_ChangedThroughTheDictionary_IsWhatGetsWritten()
    {
        var customer = JsonSerializer.Deserialize("""{"id":"cus_1","object":"customer","zeta":1,"alpha":null}""", StripeJsonContext.Default.Customer)!;

        var fields = customer.ExtensionData!;
        Assert.Same(fields, customer.ExtensionData);
        Assert.Equal(["zeta", "alpha"], fields.Keys);
        fields.Remove("zeta");
        fields["beta"] = JsonDocument.Parse("true").RootElement.Clone();

        var written = JsonSerializer.SerializeToNode(customer, StripeJsonContext.Default.Customer);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"id":"cus_1","object":"customer","alpha":null,"beta":true}"""), written), written!.ToJsonString());
    }

    [Fact]
    public void ExtensionData_ManyAndRepeatedUnknownFields_KeepsEachOnceInOrderWithTheLastValue()
    {
        var names = Enumerable.Range(0, 12).Select(i => $"f{i}").ToList();
        var json = "{\"id\":\"cus_1\",\"object\":\"customer\"," + string.Join(',', names.Select((n, i) => $"\"{n}\":{i}")) + ",\"f3\":\"again\"}";

        var customer = JsonSerializer.Deserialize(json, StripeJsonContext.Default.Customer)!;

        Assert.Equal(names, customer.ExtensionData!.Keys);
        Assert.Equal("again", customer.ExtensionData["f3"].GetString());
        Assert.Equal(11, customer.ExtensionData["f11"].GetInt32());
    }

    [Fact]
    public void ExtensionData_SetByTheCaller_IsWrittenAndReadBackAsTheSameInstance()
    {
        var mine = new Dictionary<string, JsonElement> { ["later"] = JsonDocument.Parse("\"x\"").RootElement.Clone() };
        var settings = new InvoiceSettingCustomerSetting { Footer = "f", ExtensionData = mine };

        Assert.Same(mine, settings.ExtensionData);
        var written = JsonSerializer.SerializeToNode(settings, StripeJsonContext.Default.InvoiceSettingCustomerSetting)!.AsObject();
        Assert.Equal("x", written["later"]!.GetValue<string>());
        Assert.Equal("f", written["footer"]!.GetValue<string>());
        settings.ExtensionData = null;
        written = JsonSerializer.SerializeToNode(settings, StripeJsonContext.Default.InvoiceSettingCustomerSetting)!.AsObject();
        Assert.False(written.ContainsKey("later"));
    }

    [Fact]
    public void ExtensionData_NoUnknownField_IsNull()
    {
        var customer = JsonSerializer.Deserialize("""{"id":"cus_1","object":"customer"}""", StripeJsonContext.Default.Customer)!;

        Assert.Null(customer.ExtensionData);
    }
}
