namespace Polvo.Export;

/// <summary>One page returned by an <see cref="ICreatedRangePageSource{T}"/>.</summary>
/// <typeparam name="T">The object type.</typeparam>
/// <param name="Items">The objects on the page, newest first.</param>
/// <param name="HasMore">Whether more objects match the request after the last one on this page (for example <c>has_more</c>).</param>
public sealed record ExportPage<T>(IReadOnlyList<T> Items, bool HasMore);
