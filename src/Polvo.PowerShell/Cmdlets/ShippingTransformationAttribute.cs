using System.Management.Automation;
using Polvo.PowerShell.Stripe.Shipping;

namespace Polvo.PowerShell.Cmdlets;

/// <summary>
/// Lets a -Shipping hashtable parameter take a JSON object string (an Import-Csv cell written by Export-Csv), a
/// PSCustomObject, or the Shipping of a piped Polvo object; see <c>ShippingValue</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
public sealed class ShippingTransformationAttribute : ArgumentTransformationAttribute
{
    /// <summary>Converts the bound value to a hashtable (or null for an empty cell).</summary>
    /// <param name="engineIntrinsics">The engine (unused).</param>
    /// <param name="inputData">The value being bound.</param>
    /// <returns>A hashtable, null, or <paramref name="inputData"/> itself.</returns>
    public override object? Transform(EngineIntrinsics engineIntrinsics, object inputData)
    {
        try
        {
            return ShippingValue.ToHashtable(inputData);
        }
        catch (ArgumentException ex)
        {
            throw new ArgumentTransformationMetadataException(ex.Message, ex);
        }
    }
}
