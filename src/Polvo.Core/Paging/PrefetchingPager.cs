using System.Runtime.CompilerServices;

namespace Polvo.Paging;

/// <summary>
/// Streams a paged source as <see cref="IAsyncEnumerable{T}"/>, by default fetching the next page while the consumer
/// works through the current one: one page ahead, never more, so memory stays bounded by about two pages. With
/// <see cref="PagerOptions.ReadAhead"/> off, a page is requested only when the consumer asks for it.
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
        return PagesAsync(fetchPage, hasNextPage, PagerOptions.Default, cancellationToken);
    }

    /// <summary>Streams pages, with read-ahead set by <paramref name="options"/>.</summary>
    /// <typeparam name="TPage">The page type.</typeparam>
    /// <param name="fetchPage">Fetches the page after the given one (<see langword="null"/> for the first page).</param>
    /// <param name="hasNextPage">Tells whether another page follows the given one.</param>
    /// <param name="options">Read-ahead; <see cref="PagerOptions.Default"/> is one page ahead.</param>
    /// <param name="cancellationToken">Stops the stream; combined with the token given to the enumerator.</param>
    /// <returns>The pages, in order.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/> (thrown at the call, before iteration).</exception>
    public static IAsyncEnumerable<TPage> PagesAsync<TPage>(
        Func<TPage?, CancellationToken, Task<TPage>> fetchPage,
        Func<TPage, bool> hasNextPage,
        PagerOptions options,
        CancellationToken cancellationToken = default)
        where TPage : class
    {
        ArgumentNullException.ThrowIfNull(fetchPage);
        ArgumentNullException.ThrowIfNull(hasNextPage);
        ArgumentNullException.ThrowIfNull(options);
        return PagesCoreAsync(fetchPage, hasNextPage, static page => page, release: null, options.ReadAhead, cancellationToken);
    }

    /// <summary>
    /// Streams pages that are decoded after they arrive, pipelining the two: as soon as a page's raw form has
    /// arrived, the next page is requested (when <paramref name="hasNextPage"/> says one follows), and only then is
    /// this one decoded, so decoding overlaps the next round trip. Still one page ahead, never more.
    /// </summary>
    /// <typeparam name="TReceived">A page as received (for example its undecoded body), disposed once decoded or abandoned.</typeparam>
    /// <typeparam name="TPage">The decoded page type.</typeparam>
    /// <param name="fetchPage">Fetches the page after the given received one (<see langword="null"/> for the first page).</param>
    /// <param name="hasNextPage">Tells, from a received page, whether another page follows it.</param>
    /// <param name="decode">Decodes a received page; the pager disposes the received page afterwards.</param>
    /// <param name="cancellationToken">Stops the stream; combined with the token given to the enumerator.</param>
    /// <returns>The decoded pages, in order; the next is already being fetched when a page is decoded.</returns>
    /// <exception cref="ArgumentNullException">A delegate is <see langword="null"/> (thrown at the call, before iteration).</exception>
    public static IAsyncEnumerable<TPage> PagesAsync<TReceived, TPage>(
        Func<TReceived?, CancellationToken, Task<TReceived>> fetchPage,
        Func<TReceived, bool> hasNextPage,
        Func<TReceived, TPage> decode,
        CancellationToken cancellationToken = default)
        where TReceived : class, IDisposable
    {
        return PagesAsync(fetchPage, hasNextPage, decode, PagerOptions.Default, cancellationToken);
    }

    /// <summary>
    /// Streams pages that are decoded after they arrive, as the overload without options does, with read-ahead set by
    /// <paramref name="options"/>. <paramref name="fetchPage"/> must read what it needs
    /// from the previous received page before its first await: the pager disposes that page once the next request is started.
    /// </summary>
    /// <typeparam name="TReceived">A page as received (for example its undecoded body), disposed once decoded or abandoned.</typeparam>
    /// <typeparam name="TPage">The decoded page type.</typeparam>
    /// <param name="fetchPage">Fetches the page after the given received one (<see langword="null"/> for the first page).</param>
    /// <param name="hasNextPage">Tells, from a received page, whether another page follows it.</param>
    /// <param name="decode">Decodes a received page; the pager disposes the received page afterwards.</param>
    /// <param name="options">Read-ahead; <see cref="PagerOptions.Default"/> is one page ahead.</param>
    /// <param name="cancellationToken">Stops the stream; combined with the token given to the enumerator.</param>
    /// <returns>The decoded pages, in order.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/> (thrown at the call, before iteration).</exception>
    public static IAsyncEnumerable<TPage> PagesAsync<TReceived, TPage>(
        Func<TReceived?, CancellationToken, Task<TReceived>> fetchPage,
        Func<TReceived, bool> hasNextPage,
        Func<TReceived, TPage> decode,
        PagerOptions options,
        CancellationToken cancellationToken = default)
        where TReceived : class, IDisposable
    {
        ArgumentNullException.ThrowIfNull(fetchPage);
        ArgumentNullException.ThrowIfNull(hasNextPage);
        ArgumentNullException.ThrowIfNull(decode);
        ArgumentNullException.ThrowIfNull(options);
        return PagesCoreAsync(fetchPage, hasNextPage, decode, static received => received.Dispose(), options.ReadAhead, cancellationToken);
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
        return FlattenCoreAsync(PagesCoreAsync(fetchPage, hasNextPage, static page => page, release: null, readAhead: true, CancellationToken.None), itemsOf, cancellationToken);
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

    private static async IAsyncEnumerable<TPage> PagesCoreAsync<TReceived, TPage>(
        Func<TReceived?, CancellationToken, Task<TReceived>> fetchPage,
        Func<TReceived, bool> hasNextPage,
        Func<TReceived, TPage> decode,
        Action<TReceived>? release,
        bool readAhead,
        CancellationToken cancellationToken,
        [EnumeratorCancellation] CancellationToken enumeratorCancellationToken = default)
        where TReceived : class
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, enumeratorCancellationToken);
        var token = linked.Token;
        Task<TReceived>? prefetch = null;
        TReceived? held = null; // without read-ahead: the received page the next request is built from, once asked for
        try
        {
            token.ThrowIfCancellationRequested();
            var received = await Start(fetchPage, null, token).ConfigureAwait(false);
            while (true)
            {
                TPage page;
                bool more = false;
                try
                {
                    more = hasNextPage(received);

                    // With read-ahead the next request goes out before this page is decoded, so the two overlap.
                    prefetch = more && readAhead ? Start(fetchPage, received, token) : null;
                    page = decode(received);
                }
                finally
                {
                    if (more && !readAhead)
                    {
                        held = received;
                    }
                    else
                    {
                        release?.Invoke(received);
                    }
                }

                token.ThrowIfCancellationRequested();
                yield return page;
                if (!more)
                {
                    yield break;
                }

                token.ThrowIfCancellationRequested();
                if (held is { } previous)
                {
                    // The consumer asked for the next page: only now is it requested.
                    held = null;
                    try
                    {
                        prefetch = Start(fetchPage, previous, token);
                    }
                    finally
                    {
                        release?.Invoke(previous);
                    }
                }

                received = await prefetch!.ConfigureAwait(false);
                prefetch = null;
            }
        }
        finally
        {
            if (held is not null)
            {
                release?.Invoke(held);
            }

            if (prefetch is not null)
            {
                // The consumer stopped early or failed: cancel the page in flight and observe it, start nothing new.
                await linked.CancelAsync().ConfigureAwait(false);
                await Observe(prefetch, release).ConfigureAwait(false);
            }
        }
    }

    private static Task<TReceived> Start<TReceived>(Func<TReceived?, CancellationToken, Task<TReceived>> fetchPage, TReceived? previous, CancellationToken token)
        where TReceived : class
    {
        try
        {
            return fetchPage(previous, token) ?? throw new InvalidOperationException("The page-fetch delegate returned a null task.");
        }
        catch (Exception exception)
        {
            return Task.FromException<TReceived>(exception);
        }
    }

    private static async Task Observe<TReceived>(Task<TReceived> task, Action<TReceived>? release)
    {
        try
        {
            var abandoned = await task.ConfigureAwait(false);
            release?.Invoke(abandoned); // it arrived before the cancellation took: give its buffer back
        }
        catch (Exception)
        {
            // The consumer is gone; the abandoned prefetch's outcome (usually cancellation) has no one to report to.
        }
    }
}
