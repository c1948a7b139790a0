using System.Management.Automation;

namespace Polvo.PowerShell.Cmdlets;

/// <summary>
/// ValidateSet for a parameter that binds by property name: one of <see cref="Values"/> (any case), or null or empty
/// (see <see cref="ValidateOptionalValueAttribute"/>), which ValidateSet refuses. Tab completion offers the values
/// through <see cref="Completion.ValidValuesCompleter"/>.
/// </summary>
/// <param name="values">The accepted values, such as <c>once</c>, <c>repeating</c>, <c>forever</c>.</param>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
public sealed class ValidateValuesAttribute(params string[] values) : ValidateOptionalValueAttribute
{
    /// <summary>Gets the accepted values.</summary>
    public IReadOnlyList<string> Values { get; } = values;

    /// <summary>Throws when <paramref name="value"/> is not one of <see cref="Values"/>.</summary>
    /// <param name="value">The value being bound.</param>
    protected override void ValidateValue(object value)
    {
        string text = value.ToString() ?? string.Empty;
        if (!Values.Contains(text, StringComparer.OrdinalIgnoreCase))
        {
            throw new ValidationMetadataException($"'{text}' is not one of the accepted values: {string.Join(", ", Values)}.");
        }
    }
}
