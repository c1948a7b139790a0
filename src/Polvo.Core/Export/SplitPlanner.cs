namespace Polvo.Export;

/// <summary>
/// Decides where to split a partition's unseen remainder [Lo, CursorCreated]. The partition keeps its cursor and
/// the newest piece [m1, Hi); every other piece is a new partition without a cursor. Pure arithmetic, no I/O.
/// </summary>
internal static class SplitPlanner
{
    /// <summary>A partition is split only if each piece is expected to hold at least this many pages.</summary>
    public const double MinPagesPerPiece = 1;

    /// <summary>
    /// Lower boundaries for a split into at most <paramref name="pieces"/> pieces, newest first: the partition's new Lo
    /// is the first, and piece j is [b[j], previous). The last piece always ends at the partition's Lo.
    /// Returns an empty list when the partition cannot or should not be split.
    /// </summary>
    /// <param name="partition">The partition, between requests, with a cursor.</param>
    /// <param name="pieces">The largest number of pieces (the partition itself included).</param>
    /// <param name="isOldest">Whether the partition reaches the export's lower bound, so its extent of data is unknown.</param>
    /// <param name="pageSize">Objects per page.</param>
    public static IReadOnlyList<long> Boundaries(ExportPartition partition, int pieces, bool isOldest, int pageSize)
    {
        long lo = partition.Lo, c = partition.CursorCreated;
        if (partition.Cursor is null || c <= lo || pieces < 2)
        {
            return [];
        }

        return isOldest
            ? Geometric(lo, c, pieces, pageSize / partition.Density)
            : Even(lo, c, (int)Math.Min(pieces, Math.Floor(partition.EstimatedRemaining / pageSize / MinPagesPerPiece)));
    }

    /// <summary>
    /// Backwards from c: the first piece spans about one page at the observed density, each next piece twice the
    /// previous one, and the last piece takes everything older. Data is usually densest in recent time and its
    /// oldest extent is unknown, so this keeps the number of empty pieces logarithmic in the unknown extent.
    /// </summary>
    private static List<long> Geometric(long lo, long c, int pieces, double secondsPerPage)
    {
        var result = new List<long>();
        double width = Math.Max(1, Math.Round(secondsPerPage));
        long top = c + 1; // the remainder is [lo, c] = [lo, c + 1)
        while (result.Count < pieces - 1)
        {
            double next = top - width;
            if (next <= lo)
            {
                break;
            }

            top = (long)next;
            result.Add(top);
            width *= 2;
        }

        return result;
    }

    /// <summary>Equal widths over [lo, c]; a bounded partition's density is known well enough to assume it is even.</summary>
    private static List<long> Even(long lo, long c, int pieces)
    {
        var result = new List<long>();
        long width = c + 1 - lo;
        pieces = (int)Math.Min(pieces, width);
        for (int j = 1; j < pieces; j++)
        {
            result.Add(c + 1 - (width * j / pieces));
        }

        return result;
    }
}
