using Polvo.Emulator.Seeding;

namespace Polvo.Emulator.Tests.Seeding;

public class SeedTimelineTests
{
    private const long Now = 1_750_000_000;

    private static int LargestSecond(SeedTimeline timeline) =>
        Enumerable.Range(0, timeline.Count).GroupBy(timeline.CreatedOf).Max(g => g.Count());

    [Theory]
    [InlineData(100)]
    [InlineData(1_000)]
    public void CreatedOf_BurstMax_BoundsTheLargestSharedSecondAndReachesNearIt(int burstMax)
    {
        var timeline = new SeedTimeline(50_000, Now, seed: 20200827, burstMax);

        int largest = LargestSecond(timeline);

        Assert.InRange(largest, burstMax * 8 / 10, burstMax);
    }

    [Fact]
    public void CreatedOf_BurstMaxOne_NoBursts()
    {
        var timeline = new SeedTimeline(50_000, Now, seed: 1, burstMax: 1);

        Assert.InRange(LargestSecond(timeline), 1, 2); // only chance collisions of the spread-out times
    }

    [Fact]
    public void CreatedOf_SameBurstMax_SameTimeline()
    {
        var a = new SeedTimeline(5_000, Now, seed: 3, burstMax: 100);
        var b = new SeedTimeline(5_000, Now, seed: 3, burstMax: 100);

        Assert.Equal(Enumerable.Range(0, 5_000).Select(a.CreatedOf), Enumerable.Range(0, 5_000).Select(b.CreatedOf));
    }
}
