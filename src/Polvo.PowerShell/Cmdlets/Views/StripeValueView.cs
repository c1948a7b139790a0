namespace Polvo.PowerShell.Cmdlets.Views;

/// <summary>
/// The base object of a nested Stripe value (an address, invoice settings, payment method details): no public .NET
/// members of its own (see <see cref="StripeObjectView"/>); its text is the value's compact JSON as Stripe sends
/// it, which is what Export-Csv writes in the cell.
/// </summary>
/// <param name="json">Produces the compact JSON (only when asked for: most values are never exported).</param>
internal sealed class StripeValueView(Func<string> json)
{
    /// <summary>Returns the compact JSON.</summary>
    public override string ToString() => json();
}
