namespace Polvo.Paging;

/// <summary>How <see cref="PrefetchingPager"/> requests pages.</summary>
public sealed class PagerOptions
{
    /// <summary>Gets the options with every default: one page ahead.</summary>
    public static PagerOptions Default { get; } = new();

    /// <summary>
    /// Gets a value indicating whether the next page is requested while the consumer works through the current one
    /// (one page ahead, never more). Without read-ahead the next page is requested only when the consumer asks for it
    /// (moves past the last item of the current page), so a consumer that stops after a page never causes another request.
    /// </summary>
    /// <value>The default value is <see langword="true"/>: one page ahead.</value>
    public bool ReadAhead { get; init; } = true;
}
