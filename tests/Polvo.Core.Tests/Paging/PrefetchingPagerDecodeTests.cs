using Polvo.Paging;

namespace Polvo.Core.Tests.Paging;

/// <summary>The pipelined overload: the next page is requested from a received page before that page is decoded.</summary>
public class PrefetchingPagerDecodeTests
{
    private readonly List<string> _log = [];

    [Fact]
    public async Task PagesAsync_ReceivedPages_NextRequestedBeforeDecodeAndEachReleasedAfterIt()
    {
        var pages = await PagesAsync(pageCount: 3).ToListAsync();

        Assert.Equal(["page 0", "page 1", "page 2"], pages);
        Assert.Equal(
            ["fetch 0", "fetch 1", "decode 0", "release 0", "fetch 2", "decode 1", "release 1", "decode 2", "release 2"],
            _log);
    }

    [Fact]
    public async Task PagesAsync_DecodeFails_ErrorSurfacesPrefetchReleasedNothingFurther()
    {
        var error = await Assert.ThrowsAsync<FormatException>(() => PagesAsync(pageCount: 5, failDecodeOf: 1).ToListAsync().AsTask());

        Assert.Equal("page 1 is not JSON", error.Message);
        Assert.Equal(["fetch 0", "fetch 1", "decode 0", "release 0", "fetch 2", "decode 1", "release 1", "release 2"], _log);
    }

    [Fact]
    public async Task PagesAsync_ConsumerStopsAfterFirstPage_PrefetchedPageReleasedUndecoded()
    {
        await using (var pages = PagesAsync(pageCount: 5).GetAsyncEnumerator())
        {
            Assert.True(await pages.MoveNextAsync());
        }

        Assert.Equal(["fetch 0", "fetch 1", "decode 0", "release 0", "release 1"], _log);
    }

    [Fact]
    public void PagesAsync_NullDecode_ThrowsAtTheCall()
    {
        Assert.Throws<ArgumentNullException>("decode", () =>
            PrefetchingPager.PagesAsync<Received, string>((_, _) => Task.FromResult(new Received(0, this)), _ => false, null!));
    }

    private IAsyncEnumerable<string> PagesAsync(int pageCount, int failDecodeOf = -1) =>
        PrefetchingPager.PagesAsync<Received, string>(
            (previous, _) =>
            {
                var index = previous is null ? 0 : previous.Index + 1;
                _log.Add($"fetch {index}");
                return Task.FromResult(new Received(index, this));
            },
            received => received.Index < pageCount - 1,
            received =>
            {
                _log.Add($"decode {received.Index}");
                return received.Index == failDecodeOf ? throw new FormatException($"page {received.Index} is not JSON") : $"page {received.Index}";
            });

    private sealed class Received(int index, PrefetchingPagerDecodeTests owner) : IDisposable
    {
        public int Index { get; } = index;

        public void Dispose() => owner._log.Add($"release {Index}");
    }
}
