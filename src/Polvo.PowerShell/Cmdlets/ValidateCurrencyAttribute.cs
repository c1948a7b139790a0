using System.Management.Automation;

namespace Polvo.PowerShell.Cmdlets;

/// <summary>
/// Refuses, at parameter binding, a -Currency that is not a three-letter ISO code (usd, eur), with a message that
/// names the parameter and the fix (ValidatePattern's message would show the regular expression). Null and empty
/// pass (see <see cref="ValidateOptionalValueAttribute"/>); a required -Currency is Mandatory, which refuses them.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
public sealed class ValidateCurrencyAttribute : ValidateOptionalValueAttribute
{
    /// <summary>Throws when <paramref name="value"/> is not three letters.</summary>
    /// <param name="value">The value being bound.</param>
    protected override void ValidateValue(object value)
    {
        string? text = value.ToString();
        if (text is not { Length: 3 } || !text.All(char.IsAsciiLetter))
        {
            throw new ValidationMetadataException($"'{text}' is not a currency: give a three-letter ISO currency code such as usd or eur.");
        }
    }
}
