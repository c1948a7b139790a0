using System.Runtime.CompilerServices;
using Polvo.Stripe.Entities;

namespace Polvo.PowerShell.Stripe.Paging;

/// <summary>One page of items, as <see cref="PageStreamer"/> writes it.</summary>
/// <typeparam name="T">The item type.</typeparam>
/// <param name="Items">The items.</param>
/// <param name="HasMore">Whether another page follows.</param>
/// <param name="TotalCount">The total number of items when the service reports it (search), else null.</param>
internal sealed record Page<T>(IReadOnlyList<T> Items, bool HasMore, long? TotalCount)
{
    /// <summary>The pages of a typed list, as they come (the service decides when each is requested).</summary>
    public static async IAsyncEnumerable<Page<T>> From(IAsyncEnumerable<StripeList<T>> pages, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var page in pages.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            yield return new Page<T>(page.Data, page.HasMore && page.Data.Count > 0, null);
        }
    }

    /// <summary>The pages of a typed search, with Stripe's total count when it was asked for.</summary>
    public static async IAsyncEnumerable<Page<T>> From(IAsyncEnumerable<SearchResult<T>> pages, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var page in pages.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            yield return Of(page);
        }
    }

    /// <summary>A search page: more follow when Stripe says so and gave the <c>next_page</c> to ask for them.</summary>
    /// <param name="page">The search page.</param>
    public static Page<T> Of(SearchResult<T> page) => new(page.Data, page.HasMore && !string.IsNullOrEmpty(page.NextPage), page.TotalCount);
}
