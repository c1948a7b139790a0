namespace Polvo.Stripe.Services;

/// <summary>What a pager needs from a list or search page to request the next one, read before the page is decoded.</summary>
/// <param name="HasMore">The page's top-level <c>has_more</c>.</param>
/// <param name="FirstId">The <c>id</c> of the first element of the top-level <c>data</c>, if any.</param>
/// <param name="LastId">The <c>id</c> of the last element of the top-level <c>data</c>, if any.</param>
/// <param name="NextPage">The top-level <c>next_page</c> of a search result, if any.</param>
internal readonly record struct PageCursor(bool HasMore, string? FirstId, string? LastId, string? NextPage)
{
    /// <summary>Gets the cursor of a body that could not be read: no next page (decoding then reports the problem).</summary>
    public static PageCursor None => default;
}
