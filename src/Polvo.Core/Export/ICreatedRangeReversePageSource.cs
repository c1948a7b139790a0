namespace Polvo.Export;

/// <summary>
/// A page source that can also page towards newer objects from a cursor (an <c>ending_before</c>-style cursor). With it, a
/// <see cref="PartitionedExport"/> walks a burst (many objects in one <c>created</c> second, which a cursor can only
/// page one request after another) from both ends at once.
/// </summary>
/// <typeparam name="T">The object type.</typeparam>
public interface ICreatedRangeReversePageSource<T> : ICreatedRangePageSource<T>
{
    /// <summary>
    /// Fetches the objects with <c>range.GreaterThanOrEqual &lt;= created &lt; range.LessThan</c> that come strictly
    /// before the object <paramref name="endingBefore"/> in list order (newer than it), the <paramref name="limit"/>
    /// closest to it, returned newest first. The cursor object itself may lie outside <paramref name="range"/>.
    /// </summary>
    /// <param name="range">The <c>created</c> range.</param>
    /// <param name="endingBefore">The id of an object; only objects before it in list order are returned.</param>
    /// <param name="limit">The largest number of objects to return (1 to 100).</param>
    /// <param name="cancellationToken">A token that cancels the request.</param>
    /// <returns>The page; <see cref="ExportPage{T}.HasMore"/> says whether more matching objects lie before its first item.</returns>
    Task<ExportPage<T>> FetchPageBeforeAsync(CreatedRange range, string endingBefore, int limit, CancellationToken cancellationToken);
}
