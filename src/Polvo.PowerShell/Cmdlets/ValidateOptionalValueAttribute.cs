using System.Collections;
using System.Management.Automation;

namespace Polvo.PowerShell.Cmdlets;

/// <summary>
/// Base of the validators of parameters that bind by property name: null and an empty string pass, so a piped Polvo
/// object whose property is empty still binds (it supplies its id only; its other properties are not sent) and an
/// empty Import-Csv cell reaches the cmdlet (which sends a text field empty, as Set-PolvoStripeCustomer does). Every
/// other value, or each element of a list, is checked at binding, so a bad value typed on the command line is
/// refused before any request with PowerShell's "Cannot validate argument on parameter" message naming it.
/// </summary>
public abstract class ValidateOptionalValueAttribute : ValidateArgumentsAttribute
{
    /// <summary>Checks each value that is neither null nor empty.</summary>
    /// <param name="arguments">The value being bound (one value or a list).</param>
    /// <param name="engineIntrinsics">The engine (unused).</param>
    protected sealed override void Validate(object arguments, EngineIntrinsics engineIntrinsics)
    {
        object? value = PolvoPSObjects.Unwrap(arguments);
        IEnumerable values = value is IEnumerable list and not string ? list : new[] { value };
        foreach (object? item in values)
        {
            if (PolvoPSObjects.Unwrap(item) is { } element and not "")
            {
                ValidateValue(element);
            }
        }
    }

    /// <summary>Throws a <see cref="ValidationMetadataException"/> when <paramref name="value"/> is not valid.</summary>
    /// <param name="value">One value, neither null nor empty.</param>
    protected abstract void ValidateValue(object value);
}
