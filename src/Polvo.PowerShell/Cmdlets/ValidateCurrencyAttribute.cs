using System.Management.Automation;

namespace Polvo.PowerShell.Cmdlets;

/// <summary>
/// Refuses, at parameter binding, a -Currency that is not a three-letter ISO code (usd, eur), with a message that
/// names the parameter and the fix (ValidatePattern's message would show the regular expression).
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
public sealed class ValidateCurrencyAttribute : ValidateEnumeratedArgumentsAttribute
{
    /// <summary>Throws when <paramref name="element"/> is not three letters.</summary>
    /// <param name="element">The value being bound.</param>
    protected override void ValidateElement(object element)
    {
        string? text = PolvoPSObjects.Unwrap(element)?.ToString();
        if (text is not { Length: 3 } || !text.All(char.IsAsciiLetter))
        {
            throw new ValidationMetadataException($"'{text}' is not a currency: give a three-letter ISO currency code such as usd or eur.");
        }
    }
}
