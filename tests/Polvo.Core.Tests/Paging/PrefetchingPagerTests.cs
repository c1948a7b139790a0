using Polvo.Paging;

namespace Polvo.Core.Tests.Paging;

public class PrefetchingPagerTests
{
    private static IAsyncEnumerable<int> Items(ScriptedPages pages, CancellationToken cancellationToken = default) =>
        PrefetchingPager.ItemsAsync<ScriptedPages.Page, int>(pages.FetchAsync, ScriptedPages.HasNext, ScriptedPages.ItemsOf, cancellationToken);

    [Fact]
    public async Task ItemsAsync_ManyPages_YieldsEveryItemOnceInOrder()
    {
        var pages = new ScriptedPages(pageCount: 25, itemsPerPage: 4);
        var items = new List<int>();
        await foreach (var item in Items(pages))
        {
            items.Add(item);
        }

        Assert.Equal(Enumerable.Range(0, 100), items);
        Assert.Equal(Enumerable.Range(0, 25), pages.Requested);
    }

    [Fact]
    public async Task ItemsAsync_FirstItem_NextPageAlreadyRequestedButNoMore()
    {
        var pages = new ScriptedPages(pageCount: 5, itemsPerPage: 3);
        await using var items = Items(pages).GetAsyncEnumerator();

        Assert.True(await items.MoveNextAsync());
        Assert.Equal([0, 1], pages.Requested);
        Assert.True(await items.MoveNextAsync());
        Assert.True(await items.MoveNextAsync());
        Assert.Equal(2, items.Current);
        Assert.Equal([0, 1], pages.Requested); // page 1 is ready, yet page 2 waits until the consumer reaches page 1

        Assert.True(await items.MoveNextAsync());
        Assert.Equal(3, items.Current);
        Assert.Equal([0, 1, 2], pages.Requested);
    }

    [Fact]
    public async Task ItemsAsync_PrefetchInFlight_ConsumerStillGetsCurrentPageItems()
    {
        var pages = new ScriptedPages(pageCount: 3, itemsPerPage: 2, holdPages: true);
        await using var items = Items(pages).GetAsyncEnumerator();
        var first = items.MoveNextAsync().AsTask();
        await pages.WhenRequested(0);
        pages.Release(0);
        Assert.True(await first);

        await pages.WhenRequested(1); // requested while page 1 is still unanswered...
        Assert.True(await items.MoveNextAsync()); // ...and the consumer keeps working through page 0
        Assert.Equal(1, items.Current);
        Assert.Equal([0, 1], pages.Requested);
    }

    [Fact]
    public async Task ItemsAsync_ConsumerStopsEarly_NoFurtherPageAndPrefetchCancelled()
    {
        var pages = new ScriptedPages(pageCount: 10, itemsPerPage: 5, holdPages: true);
        var enumerator = Items(pages).GetAsyncEnumerator();
        var first = enumerator.MoveNextAsync().AsTask();
        await pages.WhenRequested(0);
        pages.Release(0);
        Assert.True(await first);
        await pages.WhenRequested(1);

        await enumerator.DisposeAsync();

        Assert.Equal([0, 1], pages.Requested);
        Assert.True(pages.Tokens[1].IsCancellationRequested);
    }

    [Fact]
    public async Task ItemsAsync_BreakOutOfAwaitForeach_RequestsNothingMore()
    {
        var pages = new ScriptedPages(pageCount: 10, itemsPerPage: 5);
        await foreach (var item in Items(pages))
        {
            if (item == 7)
            {
                break;
            }
        }

        Assert.Equal([0, 1, 2], pages.Requested);
    }

    [Fact]
    public async Task ItemsAsync_CancelledBetweenItems_ThrowsOnNextItemAndRequestsNothingMore()
    {
        var pages = new ScriptedPages(pageCount: 10, itemsPerPage: 5);
        using var cancellation = new CancellationTokenSource();
        await using var items = Items(pages, cancellation.Token).GetAsyncEnumerator();
        Assert.True(await items.MoveNextAsync());

        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await items.MoveNextAsync());
        Assert.Equal([0, 1], pages.Requested);
    }

    [Fact]
    public async Task ItemsAsync_CancelledWhileWaitingForPage_StopsWithoutThatPage()
    {
        var pages = new ScriptedPages(pageCount: 10, itemsPerPage: 1, holdPages: true);
        using var cancellation = new CancellationTokenSource();
        await using var items = Items(pages).GetAsyncEnumerator(cancellation.Token);
        var first = items.MoveNextAsync().AsTask();
        await pages.WhenRequested(0);
        pages.Release(0);
        Assert.True(await first);

        var waiting = items.MoveNextAsync().AsTask(); // page 1 is held: the consumer waits
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        Assert.Equal([0, 1], pages.Requested);
    }

    [Fact]
    public async Task ItemsAsync_AlreadyCancelled_RequestsNothing()
    {
        var pages = new ScriptedPages(pageCount: 3, itemsPerPage: 1);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var unused in Items(pages, new CancellationToken(canceled: true)))
            {
            }
        });
        Assert.Empty(pages.Requested);
    }

    [Fact]
    public async Task ItemsAsync_AnyPoint_AtMostCurrentPlusOnePageRequested()
    {
        var pages = new ScriptedPages(pageCount: 40, itemsPerPage: 3);
        var maxAhead = 0;
        await foreach (var item in Items(pages))
        {
            var currentPage = item / 3;
            maxAhead = Math.Max(maxAhead, pages.Requested.Count - 1 - currentPage);
        }

        Assert.Equal(1, maxAhead);
    }

    [Fact]
    public async Task ItemsAsync_NextPageFails_CurrentPageDeliveredBeforeError()
    {
        var pages = new ScriptedPages(pageCount: 3, itemsPerPage: 2, holdPages: true);
        var received = new List<int>();
        await using var items = Items(pages).GetAsyncEnumerator();
        var first = items.MoveNextAsync().AsTask();
        await pages.WhenRequested(0);
        pages.Release(0);
        Assert.True(await first);
        received.Add(items.Current);
        await pages.WhenRequested(1);
        pages.Fail(1, new InvalidOperationException("page 1 broke"));

        Assert.True(await items.MoveNextAsync());
        received.Add(items.Current);
        var error = await Assert.ThrowsAsync<InvalidOperationException>(async () => await items.MoveNextAsync());

        Assert.Equal([0, 1], received);
        Assert.Equal("page 1 broke", error.Message);
    }

    [Fact]
    public async Task PagesAsync_LastPage_IsNotFollowedByARequest()
    {
        var pages = new ScriptedPages(pageCount: 1, itemsPerPage: 2);
        var seen = new List<int>();
        await foreach (var page in PrefetchingPager.PagesAsync<ScriptedPages.Page>(pages.FetchAsync, ScriptedPages.HasNext))
        {
            seen.Add(page.Index);
        }

        Assert.Equal([0], seen);
        Assert.Equal([0], pages.Requested);
    }

    [Fact]
    public async Task PagesAsync_FetchThrowsSynchronously_SurfacesWhenReached()
    {
        var calls = 0;
        var stream = PrefetchingPager.PagesAsync<string>(
            (previous, _) => ++calls == 1 ? Task.FromResult("first") : throw new InvalidOperationException("sync failure"),
            _ => true);
        await using var pages = stream.GetAsyncEnumerator();

        Assert.True(await pages.MoveNextAsync());
        Assert.Equal("first", pages.Current);
        await Assert.ThrowsAsync<InvalidOperationException>(async () => await pages.MoveNextAsync());
    }

    [Fact]
    public void ItemsAsync_NullDelegate_ThrowsBeforeIteration()
    {
        Assert.Throws<ArgumentNullException>("fetchPage", () => PrefetchingPager.ItemsAsync<string, int>(null!, _ => false, _ => []));
        Assert.Throws<ArgumentNullException>("hasNextPage", () => PrefetchingPager.PagesAsync<string>((_, _) => Task.FromResult(""), null!));
        Assert.Throws<ArgumentNullException>("itemsOf", () => PrefetchingPager.FlattenAsync<string, int>(AsyncEnumerable(), null!));
    }

    private static async IAsyncEnumerable<string> AsyncEnumerable()
    {
        await Task.Yield();
        yield return "x";
    }
}
