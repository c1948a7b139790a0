namespace Polvo.Export;

/// <summary>
/// One partition of a <see cref="PartitionedExport"/>: a range [Lo, Hi) paged with a <c>starting_after</c> cursor.
/// Changed only under the run's lock: its worker advances the cursor; any thread may raise Lo (a split), also while a
/// request is in flight, and the worker then drops what the answer holds below the new Lo.
/// </summary>
internal sealed class ExportPartition(long lo, long hi, bool isInitialBand = false)
{
    /// <summary>
    /// Creates the reverse walker of a burst second: it pages [second, second + 1) with <c>ending_before</c>, from
    /// <paramref name="anchorId"/> (any object older than the second) towards <paramref name="top"/>'s cursor.
    /// </summary>
    public static ExportPartition ReverseWalker(ExportPartition top, string anchorId, long anchorCreated)
    {
        var reverse = new ExportPartition(top.Lo, top.Lo + 1) { IsReverse = true, Partner = top, Cursor = anchorId, CursorCreated = anchorCreated };
        top.Partner = reverse;
        return reverse;
    }

    /// <summary>Gets a value indicating whether this partition pages with <c>ending_before</c>, oldest first, towards <see cref="Partner"/>.</summary>
    public bool IsReverse { get; private init; }

    /// <summary>Gets the other walker of a burst second walked from both ends, or <see langword="null"/>.</summary>
    public ExportPartition? Partner { get; private set; }

    /// <summary>Gets or sets the inclusive lower bound; a split raises it.</summary>
    public long Lo { get; set; } = lo;

    /// <summary>Gets the exclusive upper bound; it never changes.</summary>
    public long Hi { get; } = hi;

    /// <summary>Gets a value indicating whether this is one of the first partitions, whose first page the run waits for before splitting.</summary>
    public bool IsInitialBand { get; } = isInitialBand;

    /// <summary>
    /// Gets the id of the last object seen in walking order (the oldest for a forward partition, the newest for a reverse
    /// one; for a reverse one before its first page, the anchor), or <see langword="null"/> before the first page.
    /// </summary>
    public string? Cursor { get; private set; }

    /// <summary>Gets the <c>created</c> of <see cref="Cursor"/>: everything this partition has not yet seen has created &lt;= this.</summary>
    public long CursorCreated { get; private set; }

    /// <summary>Gets the <c>created</c> of the newest object this partition has seen.</summary>
    public long Newest { get; private set; }

    /// <summary>Gets how many objects this partition has seen.</summary>
    public long Seen { get; private set; }

    /// <summary>Gets or sets a value indicating whether the partition has seen everything it owns (it takes no more splits).</summary>
    public bool Done { get; set; }

    /// <summary>Gets or sets a value indicating whether the first answer for this partition has arrived.</summary>
    public bool Answered { get; set; }

    /// <summary>Gets the range the next request asks for.</summary>
    public CreatedRange Range => new(Lo, Hi);

    /// <summary>Gets a value indicating whether a cut exists: a cursor, and unseen seconds below the cursor's second.</summary>
    public bool CanSplit => !Done && !IsReverse && Cursor is not null && CursorCreated > Lo;

    /// <summary>Gets the observed density, objects per second, over what this partition has seen.</summary>
    public double Density => Seen / (double)(Newest - CursorCreated + 1);

    /// <summary>Gets a value indicating whether the last page lay entirely in one second (a burst): the partition then cuts at that second first.</summary>
    public bool InBurst { get; private set; }

    /// <summary>Records a reverse page (newest first): its first item is the new cursor.</summary>
    public void AdvanceReverse(int count, string newestId, long newestCreated)
    {
        Seen += count;
        Cursor = newestId;
        CursorCreated = newestCreated;
    }

    /// <summary>Records a page whose last item is the new cursor.</summary>
    public void Advance(int count, long newestOnPage, string lastId, long lastCreated)
    {
        InBurst = count > 1 && newestOnPage == lastCreated;
        if (Seen == 0)
        {
            Newest = newestOnPage;
        }

        Seen += count;
        Cursor = lastId;
        CursorCreated = lastCreated;
    }
}
