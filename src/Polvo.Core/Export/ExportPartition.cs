namespace Polvo.Export;

/// <summary>
/// One partition of a <see cref="PartitionedExport"/>: a range [Lo, Hi) paged with a <c>starting_after</c> cursor.
/// Only its own worker changes it, between requests, under the run's lock.
/// </summary>
internal sealed class ExportPartition(long lo, long hi)
{
    /// <summary>Gets or sets the inclusive lower bound; a split raises it.</summary>
    public long Lo { get; set; } = lo;

    /// <summary>Gets the exclusive upper bound; it never changes.</summary>
    public long Hi { get; } = hi;

    /// <summary>Gets the id of the last (oldest) object seen, or <see langword="null"/> before the first page.</summary>
    public string? Cursor { get; private set; }

    /// <summary>Gets the <c>created</c> of <see cref="Cursor"/>: everything this partition has not yet seen has created &lt;= this.</summary>
    public long CursorCreated { get; private set; }

    /// <summary>Gets the <c>created</c> of the newest object this partition has seen.</summary>
    public long Newest { get; private set; }

    /// <summary>Gets how many objects this partition has seen.</summary>
    public long Seen { get; private set; }

    /// <summary>Gets the range the next request asks for.</summary>
    public CreatedRange Range => new(Lo, Hi);

    /// <summary>Gets the observed density, objects per second, over what this partition has seen.</summary>
    public double Density => Seen / (double)(Newest - CursorCreated + 1);

    /// <summary>Gets the estimated number of objects not yet seen, assuming the observed density continues down to <see cref="Lo"/>.</summary>
    public double EstimatedRemaining => Cursor is null ? 0 : Density * (CursorCreated - Lo + 1);

    /// <summary>Records a page whose last item is the new cursor.</summary>
    public void Advance(int count, long newestOnPage, string lastId, long lastCreated)
    {
        if (Seen == 0)
        {
            Newest = newestOnPage;
        }

        Seen += count;
        Cursor = lastId;
        CursorCreated = lastCreated;
    }
}
