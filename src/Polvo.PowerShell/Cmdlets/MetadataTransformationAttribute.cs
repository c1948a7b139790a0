using System.Management.Automation;
using Polvo.PowerShell.Stripe.Metadata;

namespace Polvo.PowerShell.Cmdlets;

/// <summary>
/// Lets a -Metadata hashtable parameter take a JSON object string, <c>key=value;key2=value2</c> text (an Import-Csv
/// cell) or any dictionary (the Metadata of a piped Polvo object); see <c>MetadataText</c> for the rules.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
public sealed class MetadataTransformationAttribute : ArgumentTransformationAttribute
{
    /// <summary>Converts the bound value; other values pass through unchanged.</summary>
    /// <param name="engineIntrinsics">The engine (unused).</param>
    /// <param name="inputData">The value being bound.</param>
    /// <returns>A hashtable, null, or <paramref name="inputData"/> itself.</returns>
    public override object? Transform(EngineIntrinsics engineIntrinsics, object inputData)
    {
        object? value = PolvoPSObjects.Unwrap(inputData);
        try
        {
            object? result = MetadataText.Transform(value);
            return ReferenceEquals(result, value) ? inputData : result;
        }
        catch (ArgumentException ex)
        {
            throw new ArgumentTransformationMetadataException(ex.Message, ex);
        }
    }
}
