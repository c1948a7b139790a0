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
    public void InitialBands_WideRange_CoverItExactlyNewestFirst()
    {
        var range = new CreatedRange(0, 1_700_000_000);

        var bands = SplitPlanner.InitialBands(range, maxConcurrency: 32);

        Assert.Equal(SplitPlanner.BandAges.Length + 1, bands.Count);
        Assert.Equal(range.LessThan, bands[0].LessThan);
        Assert.Equal(range.LessThan - 3_600, bands[0].GreaterThanOrEqual); // the finest age, 1 hour
        Assert.Equal(0, bands[^1].GreaterThanOrEqual);
        for (int i = 1; i < bands.Count; i++)
        {
            Assert.Equal(bands[i - 1].GreaterThanOrEqual, bands[i].LessThan); // adjacent, disjoint, no gap
        }
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(3, 3)]
    public void InitialBands_LowConcurrency_MergesOldestIntoCatchAll(int maxConcurrency, int expected)
    {
        var bands = SplitPlanner.InitialBands(new CreatedRange(0, 1_700_000_000), maxConcurrency);

        Assert.Equal(expected, bands.Count);
        Assert.Equal(0, bands[^1].GreaterThanOrEqual);
    }

    [Fact]
    public void InitialBands_LowConcurrency_KeepsTheCoarseLadder()
    {
        var upper = 1_700_000_000L;

        var bands = SplitPlanner.InitialBands(new CreatedRange(0, upper), maxConcurrency: 3);

        Assert.Equal([new CreatedRange(upper - 86_400, upper), new CreatedRange(upper - (7 * 86_400), upper - 86_400), new CreatedRange(0, upper - (7 * 86_400))], bands);
    }

    [Fact]
    public void InitialBands_NarrowRange_OneBand()
    {
        var range = new CreatedRange(1_000, 2_000);
        Assert.Equal([range], SplitPlanner.InitialBands(range, maxConcurrency: 32));
    }

    [Fact]
    public void Midpoint_BoundedPartition_KeepsInFlightPageAndHalfTheRest()
    {
        // 100 objects over 100 seconds seen; 1,000 seconds (1,000 objects) left at that density.
        var p = After(lo: 0, hi: 1100, newest: 1099, cursorCreated: 1000, seen: 100);

        Assert.Equal(1001, SplitPlanner.EstimatedRemaining(p, isOldest: false, upper: 1100), 3);
        long mid = SplitPlanner.Midpoint(p, isOldest: false, upper: 1100, pageSize: 100);

        Assert.Equal(1001 - 100 - 450, mid); // keeps 100 (in flight) + half of the other 900: 550 seconds
    }

    [Fact]
    public void EstimatedRemaining_OldestPartition_AssumesDataNoOlderThanTwiceItsAge()
    {
        // Cursor at 999,000 below an upper bound of 1,000,000: assume data down to 998,000, not down to 0.
        var p = After(lo: 0, hi: 1_000_000, newest: 999_099, cursorCreated: 999_000, seen: 100);

        Assert.Equal(1001, SplitPlanner.EstimatedRemaining(p, isOldest: true, upper: 1_000_000), 3);
        Assert.Equal(999_001 * 1.0, SplitPlanner.EstimatedRemaining(p, isOldest: false, upper: 1_000_000), 3);
        long mid = SplitPlanner.Midpoint(p, isOldest: true, upper: 1_000_000, pageSize: 100);
        Assert.InRange(mid, 998_000, 999_000); // the new catch-all [0, mid) takes everything older
    }

    [Fact]
    public void CanSplit_RemainderInOneSecond_IsFalse()
    {
        var p = After(lo: 500, hi: 501, newest: 500, cursorCreated: 500, seen: 100);
        Assert.False(p.CanSplit);
        Assert.True(After(lo: 499, hi: 501, newest: 500, cursorCreated: 500, seen: 100).CanSplit);
    }

    [Fact]
    public void Midpoint_SmallRemainder_StaysStrictlyInsideTheRemainder()
    {
        var p = After(lo: 10, hi: 20, newest: 19, cursorCreated: 11, seen: 5000);
        long mid = SplitPlanner.Midpoint(p, isOldest: false, upper: 20, pageSize: 100);
        Assert.InRange(mid, 11, 11); // Lo < mid <= CursorCreated
    }
}
