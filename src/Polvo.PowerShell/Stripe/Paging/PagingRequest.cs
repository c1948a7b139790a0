namespace Polvo.PowerShell.Stripe.Paging;

/// <summary>SupportsPaging's -Skip, -First and -IncludeTotalCount, mapped onto the stream of items.</summary>
/// <param name="Skip">Items to leave out from the start.</param>
/// <param name="First">Items to write at most (ulong.MaxValue: all); no page is requested once they are written.</param>
/// <param name="IncludeTotalCount">Write a <see cref="Output.TotalCountOutput"/> before the items.</param>
internal sealed record PagingRequest(ulong Skip = 0, ulong First = ulong.MaxValue, bool IncludeTotalCount = false)
{
    /// <summary>All items, no total.</summary>
    public static PagingRequest All { get; } = new();

    /// <summary>The page size to request: <paramref name="pageSize"/>, or fewer when -Skip plus -First need fewer.</summary>
    public int LimitFor(int pageSize)
    {
        ulong needed = First > ulong.MaxValue - Skip ? ulong.MaxValue : Skip + First;
        return (int)Math.Max(1, Math.Min((ulong)pageSize, needed));
    }
}
