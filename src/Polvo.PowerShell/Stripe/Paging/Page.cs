namespace Polvo.PowerShell.Stripe.Paging;

/// <summary>One page of items.</summary>
/// <typeparam name="T">The item type.</typeparam>
/// <param name="Items">The items.</param>
/// <param name="NextCursor">The cursor of the next page, or null on the last page.</param>
/// <param name="TotalCount">The total number of items when the service reports it (search), else null.</param>
internal sealed record Page<T>(IReadOnlyList<T> Items, string? NextCursor, long? TotalCount);
