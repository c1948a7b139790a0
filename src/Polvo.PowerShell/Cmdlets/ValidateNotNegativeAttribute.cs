using System.Globalization;
using System.Management.Automation;

namespace Polvo.PowerShell.Cmdlets;

/// <summary>
/// ValidateRange(0, max) for a number that binds by property name: zero or more, or null (an empty Import-Csv cell or
/// a piped object's empty property), which ValidateRange refuses.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
public sealed class ValidateNotNegativeAttribute : ValidateOptionalValueAttribute
{
    /// <summary>Throws when <paramref name="value"/> is below zero.</summary>
    /// <param name="value">The number being bound.</param>
    protected override void ValidateValue(object value)
    {
        if (value is IConvertible number && number.ToDecimal(CultureInfo.InvariantCulture) < 0)
        {
            throw new ValidationMetadataException($"{number.ToString(CultureInfo.InvariantCulture)} is negative: give 0 or more.");
        }
    }
}
