using System.Runtime.CompilerServices;

namespace Polvo.Paging;

/// <summary>
/// Streams a paged source as <see cref="IAsyncEnumerable{T}"/>, fetching the next page while the consumer
/// works through the current one: one page ahead, never more, so memory stays bounded by about two pages.
/// Once the consumer disposes the enumerator (stops early) no further page is requested and the one in
/// flight is cancelled; the <see cref="CancellationToken"/> stops everything promptly.
/// </summary>
public static class PrefetchingPager
{
    /// <summary>Streams pages.</summary>
    /// <typeparam name="TPage">The page type.</typeparam>
    /// <param name="fetchPage">Fetches the page after the given one (<see langword="null"/> for the first page).</param>
    /// <param name="hasNextPage">Tells whether another page follows the given one.</param>
    /// <param name="cancellationToken">Stops the stream; combined with the token given to the enumerator.</param>
    /// <returns>The pages, in order; the next is already being fetched when a page is yielded.</returns>
    /// <exception cref="ArgumentNullException">A delegate is <see langword="null"/> (thrown at the call, before iteration).</exception>
    public static IAsyncEnumerable<TPage> PagesAsync<TPage>(
        Func<TPage?, CancellationToken, Task<TPage>> fetchPage,
        Func<TPage, bool> hasNextPage,
        CancellationToken cancellationToken = default)
        where TPage : class
    {
        ArgumentNullException.ThrowIfNull(fetchPage);
        ArgumentNullException.ThrowIfNull(hasNextPage);
        return PagesCoreAsync(fetchPage, hasNextPage, cancellationToken);
    }

    /// <summary>Streams the items of every page, each as soon as its page is decoded.</summary>
    /// <typeparam name="TPage">The page type.</typeparam>
    /// <typeparam name="TItem">The item type.</typeparam>
    /// <param name="fetchPage">Fetches the page after the given one (<see langword="null"/> for the first page).</param>
    /// <param name="hasNextPage">Tells whether another page follows the given one.</param>
    /// <param name="itemsOf">Returns the items of a page.</param>
    /// <param name="cancellationToken">Stops the stream; combined with the token given to the enumerator.</param>
    /// <returns>The items of all pages, in order.</returns>
    /// <exception cref="ArgumentNullException">A delegate is <see langword="null"/> (thrown at the call, before iteration).</exception>
    public static IAsyncEnumerable<TItem> ItemsAsync<TPage, TItem>(
        Func<TPage?, CancellationToken, Task<TPage>> fetchPage,
        Func<TPage, bool> hasNextPage,
        Func<TPage, IEnumerable<TItem>> itemsOf,
        CancellationToken cancellationToken = default)
        where TPage : class
    {
        ArgumentNullException.ThrowIfNull(fetchPage);
        ArgumentNullException.ThrowIfNull(hasNextPage);
        ArgumentNullException.ThrowIfNull(itemsOf);
        return FlattenCoreAsync(PagesCoreAsync(fetchPage, hasNextPage, CancellationToken.None), itemsOf, cancellationToken);
    }

    /// <summary>Streams the items of a stream of pages, checking cancellation before each item.</summary>
    /// <typeparam name="TPage">The page type.</typeparam>
    /// <typeparam name="TItem">The item type.</typeparam>
    /// <param name="pages">The pages, for example from <see cref="PagesAsync"/>.</param>
    /// <param name="itemsOf">Returns the items of a page.</param>
    /// <param name="cancellationToken">Stops the stream; combined with the token given to the enumerator.</param>
    /// <returns>The items of all pages, in order.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/> (thrown at the call, before iteration).</exception>
    public static IAsyncEnumerable<TItem> FlattenAsync<TPage, TItem>(
        IAsyncEnumerable<TPage> pages,
        Func<TPage, IEnumerable<TItem>> itemsOf,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pages);
        ArgumentNullException.ThrowIfNull(itemsOf);
        return FlattenCoreAsync(pages, itemsOf, cancellationToken);
    }

    private static async IAsyncEnumerable<TItem> FlattenCoreAsync<TPage, TItem>(
        IAsyncEnumerable<TPage> pages,
        Func<TPage, IEnumerable<TItem>> itemsOf,
        CancellationToken cancellationToken,
        [EnumeratorCancellation] CancellationToken enumeratorCancellationToken = default)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, enumeratorCancellationToken);
        await foreach (var page in pages.WithCancellation(linked.Token).ConfigureAwait(false))
        {
            foreach (var item in itemsOf(page))
            {
                linked.Token.ThrowIfCancellationRequested();
                yield return item;
            }
        }
    }

    private static async IAsyncEnumerable<TPage> PagesCoreAsync<TPage>(
        Func<TPage?, CancellationToken, Task<TPage>> fetchPage,
        Func<TPage, bool> hasNextPage,
        CancellationToken cancellationToken,
        [EnumeratorCancellation] CancellationToken enumeratorCancellationToken = default)
        where TPage : class
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, enumeratorCancellationToken);
        var token = linked.Token;
        Task<TPage>? prefetch = null;
        try
        {
            token.ThrowIfCancellationRequested();
            var page = await Start(fetchPage, null, token).ConfigureAwait(false);
            while (true)
            {
                prefetch = hasNextPage(page) ? Start(fetchPage, page, token) : null;
                token.ThrowIfCancellationRequested();
                yield return page;
                if (prefetch is null)
                {
                    yield break;
                }

                token.ThrowIfCancellationRequested();
                page = await prefetch.ConfigureAwait(false);
                prefetch = null;
            }
        }
        finally
        {
            if (prefetch is not null)
            {
                // The consumer stopped early or failed: cancel the page in flight and observe it, start nothing new.
                await linked.CancelAsync().ConfigureAwait(false);
                await Observe(prefetch).ConfigureAwait(false);
            }
        }
    }

    private static Task<TPage> Start<TPage>(Func<TPage?, CancellationToken, Task<TPage>> fetchPage, TPage? previous, CancellationToken token)
        where TPage : class
    {
        try
        {
            return fetchPage(previous, token) ?? throw new InvalidOperationException("The page-fetch delegate returned a null task.");
        }
        catch (Exception exception)
        {
            return Task.FromException<TPage>(exception);
        }
    }

    private static async Task Observe(Task task)
    {
        try
        {
            await task.ConfigureAwait(false);
        }
        catch (Exception)
        {
            // The consumer is gone; the abandoned prefetch's outcome (usually cancellation) has no one to report to.
        }
    }
}
