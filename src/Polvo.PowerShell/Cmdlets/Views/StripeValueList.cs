using System.Collections.ObjectModel;

namespace Polvo.PowerShell.Cmdlets.Views;

/// <summary>
/// A nested list (preferred locales, the items of a refunds list): PowerShell enumerates it and ConvertTo-Json writes
/// it as an array; its text is the list's compact JSON as Stripe sends it, which is what Export-Csv writes.
/// </summary>
public sealed class StripeValueList : Collection<object?>
{
    private readonly Func<string> _json;

    /// <summary>Creates the list of <paramref name="items"/>.</summary>
    /// <param name="items">The items, already converted for PowerShell.</param>
    /// <param name="json">Produces the compact JSON.</param>
    internal StripeValueList(IList<object?> items, Func<string> json)
        : base(items)
    {
        _json = json;
    }

    /// <summary>Returns the compact JSON.</summary>
    public override string ToString() => _json();
}
