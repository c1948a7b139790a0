using Polvo.Export;

namespace Polvo.Core.Tests.Export;

public class SplitPlannerTests
{
    private static ExportPartition After(long lo, long hi, long newest, long cursorCreated, int seen)
    {
        var p = new ExportPartition(lo, hi);
        p.Advance(seen, newest, "cursor", cursorCreated);
        return p;
    }

    [Fact]
    public void Boundaries_BoundedPartition_SplitsRemainderEvenlyBelowCursor()
    {
        // 100 objects over 100 seconds seen; 1,000 seconds left at that density = 10 pages.
        var p = After(lo: 0, hi: 1100, newest: 1099, cursorCreated: 1000, seen: 100);
        var bounds = SplitPlanner.Boundaries(p, pieces: 4, isOldest: false, pageSize: 100);
        Assert.Equal(new long[] { 751, 501, 251 }, bounds);
        Assert.All(bounds, b => Assert.InRange(b, p.Lo + 1, p.CursorCreated));
    }

    [Fact]
    public void Boundaries_OldestPartition_DoublesWidthsBackwardsFromCursor()
    {
        // One page spans 100 seconds: pieces of 100, 200, 400 seconds, then the rest.
        var p = After(lo: 0, hi: 1_000_001, newest: 1_000_000, cursorCreated: 999_901, seen: 100);
        var bounds = SplitPlanner.Boundaries(p, pieces: 4, isOldest: true, pageSize: 100);
        Assert.Equal(new long[] { 999_802, 999_602, 999_202 }, bounds);
    }

    [Fact]
    public void Boundaries_RemainderInOneSecond_CannotSplit()
    {
        var p = After(lo: 500, hi: 501, newest: 500, cursorCreated: 500, seen: 100);
        Assert.Empty(SplitPlanner.Boundaries(p, pieces: 8, isOldest: true, pageSize: 100));
        Assert.Empty(SplitPlanner.Boundaries(p, pieces: 8, isOldest: false, pageSize: 100));
    }

    [Fact]
    public void Boundaries_SmallRemainder_KeepsEveryPieceAtLeastOnePage()
    {
        // 3 pages left: at most 3 pieces even with 10 slots free.
        var p = After(lo: 0, hi: 400, newest: 399, cursorCreated: 300, seen: 100);
        var bounds = SplitPlanner.Boundaries(p, pieces: 10, isOldest: false, pageSize: 100);
        Assert.Equal(2, bounds.Count);
    }
}
