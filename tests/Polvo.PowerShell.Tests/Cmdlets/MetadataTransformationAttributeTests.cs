using System.Collections;
using System.Management.Automation;
using System.Reflection;
using Polvo.PowerShell.Cmdlets;

namespace Polvo.PowerShell.Tests.Cmdlets;

public class MetadataTransformationAttributeTests
{
    private static readonly MetadataTransformationAttribute Attribute = new();

    [Fact]
    public void Transform_CsvCellText_Hashtable()
    {
        var result = Assert.IsType<Hashtable>(Attribute.Transform(null!, "tier=gold;source=csv"));

        Assert.Equal("gold", result["tier"]);
        Assert.Equal("csv", result["source"]);
    }

    [Fact]
    public void Transform_OtherValue_ReturnsTheInputItself()
    {
        var input = new object();

        Assert.Same(input, Attribute.Transform(null!, input));
    }

    [Fact]
    public void Transform_MalformedText_ThrowsArgumentTransformationMetadataException()
    {
        // The binder reports this type as a ParameterBindingArgumentTransformationException naming -Metadata. SMA here is
        // PowerShellStandard's shell, whose exceptions keep no message or inner exception, so the message itself
        // (MetadataText.Invalid) is checked in MetadataTextTests and in Pester.
        Assert.Throws<ArgumentTransformationMetadataException>(() => Attribute.Transform(null!, "gold"));
    }

    [Theory]
    [InlineData(typeof(Polvo.PowerShell.Cmdlets.Stripe.Customers.NewPolvoStripeCustomerCommand))]
    [InlineData(typeof(Polvo.PowerShell.Cmdlets.Stripe.Customers.SetPolvoStripeCustomerCommand))]
    [InlineData(typeof(Polvo.PowerShell.Cmdlets.Stripe.Charges.SetPolvoStripeChargeCommand))]
    public void MetadataParameter_OfEveryWriteCmdlet_CarriesTheTransformation(Type cmdlet)
    {
        PropertyInfo metadata = cmdlet.GetProperty("Metadata")!;

        Assert.NotNull(metadata.GetCustomAttribute<MetadataTransformationAttribute>());
        Assert.Equal(typeof(Hashtable), metadata.PropertyType);
    }
}
