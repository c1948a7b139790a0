namespace Polvo.Export;

/// <summary>
/// Where partitions start and where a partition's unseen remainder is cut. Pure arithmetic, no I/O.
/// </summary>
internal static class SplitPlanner
{
    private const long Hour = 3_600, Day = 86_400, Year = 365 * Day;

    /// <summary>
    /// The ages (seconds before the upper bound) at which the first partitions may meet, most useful first: the coarse
    /// ladder 1 day, 1 week, 30 days, 90 days, 1 year, 3 years, then finer steps between them (180 days, 60 days,
    /// 14 days, 3 days, 2 years, 6 hours, 5 years, 1 hour, 10 years). With a small MaxConcurrency only the first ones are used.
    /// </summary>
    internal static readonly long[] BandAges =
        [Day, 7 * Day, 30 * Day, 90 * Day, Year, 3 * Year, 180 * Day, 60 * Day, 14 * Day, 3 * Day, 2 * Year, 6 * Hour, 5 * Year, Hour, 10 * Year];

    /// <summary>
    /// The first partitions: bands of human time scales back from the upper bound (the first
    /// <paramref name="maxConcurrency"/> - 1 ages of <see cref="BandAges"/> inside the range), the oldest a catch-all
    /// down to the lower bound. They are disjoint and cover <paramref name="range"/> exactly; returned newest first.
    /// The first round trip so carries up to 16 requests: a rate limiter would let them through anyway before any answer
    /// could arrive, so a band that turns out empty or small costs (almost) nothing.
    /// </summary>
    /// <param name="range">The export's range.</param>
    /// <param name="maxConcurrency">The largest number of partitions at once.</param>
    public static IReadOnlyList<CreatedRange> InitialBands(CreatedRange range, int maxConcurrency)
    {
        var ages = BandAges.Where(age => range.LessThan - age > range.GreaterThanOrEqual).Take(maxConcurrency - 1).Order();
        var bands = new List<CreatedRange>();
        long hi = range.LessThan;
        foreach (long age in ages)
        {
            long lo = range.LessThan - age;
            bands.Add(new CreatedRange(lo, hi));
            hi = lo;
        }

        bands.Add(new CreatedRange(range.GreaterThanOrEqual, hi));
        return bands;
    }

    /// <summary>
    /// The estimated number of unseen objects of <paramref name="partition"/>, assuming its observed density continues
    /// down to its lower bound; for the oldest partition (whose extent of data is unknown) the data is assumed to reach
    /// back no further below its cursor than the cursor is below the export's upper bound.
    /// </summary>
    public static double EstimatedRemaining(ExportPartition partition, bool isOldest, long upper) =>
        partition.Cursor is null ? 0 : partition.Density * (partition.CursorCreated - EffectiveLo(partition, isOldest, upper) + 1);

    /// <summary>
    /// Whether <paramref name="partition"/> should be cut now: it is walking a burst (a whole page in one second, and
    /// seconds below it), or its estimated remainder is at least <paramref name="minItems"/> and clearly above the
    /// average <paramref name="averageRemaining"/> of the partitions with a cursor, so it would finish late.
    /// </summary>
    public static bool Worth(ExportPartition partition, double remaining, double averageRemaining, double minItems) =>
        partition.CanSplit && (partition.InBurst || (remaining >= minItems && remaining >= OutlierFactor * averageRemaining));

    /// <summary>A partition is cut (outside bursts) only when its remainder is at least this multiple of the average.</summary>
    internal const double OutlierFactor = 1.5;

    /// <summary>
    /// Where to cut <paramref name="partition"/> (with a cursor, CursorCreated &gt; Lo) into [Lo, mid) for a new partition
    /// and [mid, Hi) kept with its cursor, so that both get about half of the estimated remainder after the page that
    /// may be in flight. Always Lo &lt; mid &lt;= CursorCreated.
    /// </summary>
    public static long Midpoint(ExportPartition partition, bool isOldest, long upper, int pageSize)
    {
        long lo = partition.Lo, c = partition.CursorCreated;
        if (partition.InBurst)
        {
            return c; // keep only the burst's second; the seconds below go to the new partition at once
        }

        double remaining = EstimatedRemaining(partition, isOldest, upper);
        double keep = Math.Min(remaining, pageSize + (Math.Max(0, remaining - pageSize) / 2));
        double seconds = keep / partition.Density;
        long mid = c + 1 - (long)Math.Round(seconds);
        return Math.Clamp(mid, lo + 1, c);
    }

    private static long EffectiveLo(ExportPartition partition, bool isOldest, long upper) =>
        isOldest ? Math.Max(partition.Lo, partition.CursorCreated - (upper - partition.CursorCreated)) : partition.Lo;
}
