using System.Management.Automation;
using Polvo.PowerShell.Cmdlets.Views;
using Polvo.PowerShell.Stripe.Output;

namespace Polvo.PowerShell.Cmdlets;

/// <summary>
/// Turns host-neutral output into what the pipeline gets: Stripe objects as views (<see cref="StripeViews"/>) with
/// their PSTypeName first (so the format file and Export-Csv see them), other objects wrapped with their PSTypeName,
/// plain dictionaries from JSON as PSCustomObjects (with any Stripe objects inside them as views).
/// </summary>
internal static class PolvoPSObjects
{
    /// <summary>Converts one output object.</summary>
    public static object? ToOutput(object? item) => item switch
    {
        StripeOutput output when StripeViews.IsModel(output.Value) => StripeViews.ToView(output.Value, output.TypeName),
        StripeOutput output => Wrap(output.Value, output.TypeName),
        TotalCountOutput total => Wrap(total.Total ?? 0UL, total.Total is null ? "Polvo.TotalCount.Unknown" : "Polvo.TotalCount"),
        Dictionary<string, object?> map => ToCustomObject(map),
        object?[] array => array.Select(ToValue).ToArray(),
        _ => item,
    };

    /// <summary>Returns the base object of a PSObject, otherwise the value itself.</summary>
    public static object? Unwrap(object? value) => value is PSObject wrapped ? wrapped.BaseObject : value;

    private static PSObject Wrap(object value, string typeName)
    {
        var wrapped = new PSObject(value);
        wrapped.TypeNames.Insert(0, typeName);
        return wrapped;
    }

    private static PSObject ToCustomObject(Dictionary<string, object?> map)
    {
        var result = new PSObject();
        foreach (var (name, value) in map)
        {
            result.Properties.Add(new PSNoteProperty(name, ToValue(value)));
        }

        return result;
    }

    private static object? ToValue(object? value) => value switch
    {
        StripeOutput output => ToOutput(output), // a typed item inside a plain envelope (Invoke-PolvoStripeRequest's list data)
        Dictionary<string, object?> map => ToCustomObject(map),
        object?[] array => array.Select(ToValue).ToArray(),
        _ => value,
    };
}
