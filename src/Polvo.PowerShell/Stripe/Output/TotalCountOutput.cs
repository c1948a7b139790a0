namespace Polvo.PowerShell.Stripe.Output;

/// <summary>
/// The -IncludeTotalCount object, written before the items: the total when the service reports it (search), else
/// unknown (<see cref="Total"/> null, accuracy 0), as PagingParameters.NewTotalCount expects.
/// </summary>
/// <param name="Total">The total number of items, or null when unknown.</param>
/// <param name="Accuracy">1.0 for an exact total, 0.0 when unknown.</param>
internal sealed record TotalCountOutput(ulong? Total, double Accuracy)
{
    /// <summary>The object for a total the service reported, or an unknown total.</summary>
    public static TotalCountOutput From(long? total) => total is >= 0 ? new((ulong)total.Value, 1.0) : new(null, 0.0);
}
