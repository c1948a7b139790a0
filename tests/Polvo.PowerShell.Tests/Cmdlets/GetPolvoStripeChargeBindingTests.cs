using System.Management.Automation;
using System.Reflection;
using Polvo.PowerShell.Cmdlets.Stripe.Charges;
using Polvo.PowerShell.Stripe.Output;

namespace Polvo.PowerShell.Tests.Cmdlets;

/// <summary>
/// The attributes PowerShell's pipeline binder relies on to send piped customers to ByCustomer (see the remarks on
/// GetPolvoStripeChargeCommand); read as attribute data, since SMA here is PowerShellStandard's empty shell.
/// </summary>
public class GetPolvoStripeChargeBindingTests
{
    private static readonly PropertyInfo Customer = typeof(GetPolvoStripeChargeCommand).GetProperty("Customer")!;

    [Fact]
    public void Customer_PSTypeName_IsThePSTypeNameOfCustomerOutput()
    {
        var typeName = Assert.Single(Customer.GetCustomAttributesData(), a => a.AttributeType == typeof(PSTypeNameAttribute));

        Assert.Equal(StripeTypeNames.Customer, typeName.ConstructorArguments[0].Value);
        Assert.Equal(typeof(PSObject), Customer.PropertyType); // a PSObject keeps the TypeNames the check reads
    }

    [Fact]
    public void Customer_BindsByValueOnlyInByCustomer()
    {
        var parameter = Assert.Single(Customer.GetCustomAttributesData(), a => a.AttributeType == typeof(ParameterAttribute));
        var named = parameter.NamedArguments.ToDictionary(a => a.MemberName, a => a.TypedValue.Value);

        Assert.Equal(GetPolvoStripeChargeCommand.ByCustomerSet, named["ParameterSetName"]);
        Assert.Equal(true, named["ValueFromPipeline"]);
        Assert.Equal(true, named["Mandatory"]);
        Assert.False(named.ContainsKey("ValueFromPipelineByPropertyName")); // a charge's Customer property must not bind here
    }

    [Fact]
    public void ByIdAndByCustomer_BothTakeInputByValue_SoTheBinderPrioritizesNeitherOverTheDefaultSet()
    {
        // With exactly one non-default set taking mandatory input by value and by property name, the binder would
        // prioritize it (ById) and bind a piped customer's Id as a charge id; two by-value sets prevent that.
        var byValueSets = typeof(GetPolvoStripeChargeCommand).GetProperties()
            .SelectMany(p => p.GetCustomAttributesData().Where(a => a.AttributeType == typeof(ParameterAttribute)))
            .Select(a => a.NamedArguments.ToDictionary(n => n.MemberName, n => n.TypedValue.Value))
            .Where(n => n.GetValueOrDefault("ValueFromPipeline") is true && n.GetValueOrDefault("Mandatory") is true)
            .Select(n => (string)n["ParameterSetName"]!)
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Equal([GetPolvoStripeChargeCommand.ByCustomerSet, GetPolvoStripeChargeCommand.ByIdSet], byValueSets);
    }
}
