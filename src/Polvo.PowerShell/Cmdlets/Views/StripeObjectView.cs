namespace Polvo.PowerShell.Cmdlets.Views;

/// <summary>
/// The base object of a Stripe object (customer, charge, an expanded reference) as the pipeline gets it. It has no
/// public .NET members of its own, so Get-Member, Format-List *, ConvertTo-Json and Export-Csv see only the note
/// properties <see cref="StripeViews"/> adds; its text is the id, so the object binds where an id is expected.
/// </summary>
/// <param name="id">The object's id.</param>
internal sealed class StripeObjectView(string id)
{
    /// <summary>Returns the id (<c>Get-PolvoStripeCustomer -Id $customer</c>, <c>"$customer"</c>).</summary>
    public override string ToString() => id;
}
