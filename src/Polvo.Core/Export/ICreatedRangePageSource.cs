namespace Polvo.Export;

/// <summary>
/// Lists one page of a resource restricted to a <c>created</c> range, with cursor list semantics (newest first, a cursor after the last item).
/// An API client implements it, for example with <c>created[gte]</c>, <c>created[lt]</c>, <c>starting_after</c> and <c>limit</c>.
/// </summary>
/// <typeparam name="T">The object type.</typeparam>
public interface ICreatedRangePageSource<T>
{
    /// <summary>
    /// Fetches the objects with <c>range.GreaterThanOrEqual &lt;= created &lt; range.LessThan</c>, newest first
    /// (created descending, ties in a stable order), strictly after the object <paramref name="startingAfter"/> in
    /// that order when it is given, at most <paramref name="limit"/> of them.
    /// </summary>
    /// <param name="range">The <c>created</c> range.</param>
    /// <param name="startingAfter">The id of the last object of the previous page, or <see langword="null"/> for the first page.</param>
    /// <param name="limit">The largest number of objects to return (1 to 100).</param>
    /// <param name="cancellationToken">A token that cancels the request.</param>
    /// <returns>The page; <see cref="ExportPage{T}.HasMore"/> says whether more objects match.</returns>
    Task<ExportPage<T>> FetchPageAsync(CreatedRange range, string? startingAfter, int limit, CancellationToken cancellationToken);
}
