using Polvo.Export;

namespace Polvo.Core.Tests.Export;

/// <summary>
/// A burst (thousands of objects in one <c>created</c> second) walked from both ends: the forward partition with
/// <c>starting_after</c> and a reverse walker with <c>ending_before</c> from an older object, until they meet.
/// </summary>
public class BurstWalkTests
{
    private const long BurstSecond = ExportData.Now - (ExportData.Year / 2);
    private static readonly FixedTimeProvider Clock = new(DateTimeOffset.FromUnixTimeSeconds(ExportData.Now));

    [Theory]
    [InlineData(4, 10, 1)]
    [InlineData(8, 7, 2)]
    [InlineData(32, 3, 3)]
    [InlineData(16, 100, 4)]
    public async Task RunAsync_BurstWithOlderObjects_WalksFromBothEndsAndYieldsExactlyTheSerialSet(int maxConcurrency, int pageSize, int seed)
    {
        var objects = ExportData.OneSecondPlusOthers(3_000, 500, BurstSecond, seed);
        var source = new InMemoryPageSource(objects) { OnRequest = async (_, _) => await Task.Yield() };

        var exported = await ExportAll(source, maxConcurrency, pageSize);

        Assert.Equal(exported.Count, exported.Select(o => o.Id).Distinct().Count());
        Assert.Equal(source.SerialListing(new CreatedRange(0, ExportData.Now + 1)).Select(o => o.Id).Order(), exported.Select(o => o.Id).Order());
        // Whether a reverse walker starts here depends on which partition's page the thread pool finishes first (it needs
        // an older object already yielded), so this theory checks exactness only; the next test makes the two ends share.
    }

    [Fact]
    public async Task RunAsync_Burst_ReverseWalkerTakesAShareOfTheBurstsPages()
    {
        // Both walkers have one request in flight at a time and every request takes one gate step, so each walks
        // about half of the burst's 300 pages; with one end only the forward partition would walk all of them.
        var objects = ExportData.OneSecondPlusOthers(3_000, 200, BurstSecond, 5);
        var source = new InMemoryPageSource(objects) { OnRequest = async (_, _) => await Task.Delay(1) };

        var exported = await ExportAll(source, maxConcurrency: 4, pageSize: 10);

        Assert.Equal(3_200, exported.Select(o => o.Id).Distinct().Count());
        Assert.InRange(source.ReverseRequests, 60, 240);
        Assert.True(source.Requests <= (3_200 / 10) + 40, $"{source.Requests} requests for 320 pages");
    }

    [Fact]
    public async Task RunAsync_BurstInTheOldestSecond_HasNoAnchorAndStillYieldsEverything()
    {
        // Nothing is older than the burst, so there is no object to page back from: one end only.
        var objects = Enumerable.Range(0, 500).Select(i => InMemoryPageSource.Id(BurstSecond, i)).ToList();
        objects.AddRange(Enumerable.Range(500, 100).Select(i => InMemoryPageSource.Id(BurstSecond + 1 + i, i)));
        var source = new InMemoryPageSource(objects) { OnRequest = async (_, _) => await Task.Yield() };

        var exported = await ExportAll(source, maxConcurrency: 8, pageSize: 10);

        Assert.Equal(600, exported.Select(o => o.Id).Distinct().Count());
        Assert.Equal(600, exported.Count);
        Assert.Equal(0, source.ReverseRequests);
    }

    [Fact]
    public async Task RunAsync_SourceWithoutEndingBefore_WalksBurstsFromOneEnd()
    {
        var objects = ExportData.OneSecondPlusOthers(1_000, 200, BurstSecond, 6);
        var inner = new InMemoryPageSource(objects) { OnRequest = async (_, _) => await Task.Yield() };

        var exported = new List<ExportObject>();
        await foreach (var o in PartitionedExport.RunAsync(new ForwardOnly(inner), o => o.Id, o => o.Created, new PartitionedExportOptions { MaxConcurrency = 8, PageSize = 10, TimeProvider = Clock }))
            exported.Add(o);

        Assert.Equal(1_200, exported.Select(o => o.Id).Distinct().Count());
        Assert.Equal(1_200, exported.Count);
        Assert.Equal(0, inner.ReverseRequests);
    }

    private static async Task<List<ExportObject>> ExportAll(InMemoryPageSource source, int maxConcurrency, int pageSize)
    {
        var list = new List<ExportObject>();
        await foreach (var o in PartitionedExport.RunAsync(source, o => o.Id, o => o.Created, new PartitionedExportOptions { MaxConcurrency = maxConcurrency, PageSize = pageSize, TimeProvider = Clock }))
            list.Add(o);
        return list;
    }

    private sealed class ForwardOnly(InMemoryPageSource inner) : ICreatedRangePageSource<ExportObject>
    {
        public Task<ExportPage<ExportObject>> FetchPageAsync(CreatedRange range, string? startingAfter, int limit, CancellationToken cancellationToken) =>
            inner.FetchPageAsync(range, startingAfter, limit, cancellationToken);
    }
}
