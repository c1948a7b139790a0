using System.Threading.Channels;
using Polvo.Export;

namespace Polvo.Core.Tests.Export;

public class PartitionedExportTests
{
    private static readonly FixedTimeProvider Clock = new(DateTimeOffset.FromUnixTimeSeconds(ExportData.Now));

    private static async Task<List<ExportObject>> ExportAll(InMemoryPageSource source, PartitionedExportOptions options)
    {
        var list = new List<ExportObject>();
        await foreach (var o in PartitionedExport.RunAsync(source, o => o.Id, o => o.Created, options)) list.Add(o);
        return list;
    }

    [Theory]
    [InlineData(1, 100)]
    [InlineData(16, 7)]
    [InlineData(64, 3)]
    public async Task RunAsync_ManyTiesAcrossFewSeconds_YieldsExactlyTheSerialSet(int maxConcurrency, int pageSize)
    {
        // 3,000 objects in 20 seconds: every page boundary falls inside a run of equal created values.
        var random = new Random(11);
        var objects = Enumerable.Range(0, 3000).Select(i => InMemoryPageSource.Id(ExportData.Now - 1 - random.Next(20), i)).ToList();
        objects.AddRange(Enumerable.Range(3000, 30).Select(i => InMemoryPageSource.Id(ExportData.Now - 1 - random.NextInt64(ExportData.Year), i)));
        var source = new InMemoryPageSource(objects) { OnRequest = async (r, ct) => await Task.Yield() };

        var exported = await ExportAll(source, new PartitionedExportOptions { MaxConcurrency = maxConcurrency, PageSize = pageSize, TimeProvider = Clock });

        Assert.Equal(exported.Count, exported.Select(o => o.Id).Distinct().Count());
        Assert.Equal(source.SerialListing(new CreatedRange(0, ExportData.Now + 1)).Select(o => o.Id).Order(), exported.Select(o => o.Id).Order());
    }

    [Fact]
    public async Task RunAsync_EmptySource_MakesOneRequestPerInitialBandAndYieldsNothing()
    {
        var source = new InMemoryPageSource([]);
        Assert.Empty(await ExportAll(source, new PartitionedExportOptions { TimeProvider = Clock }));
        Assert.Equal(SplitPlanner.InitialBands(new CreatedRange(0, ExportData.Now + 1), PartitionedExportOptions.DefaultMaxConcurrency).Count, source.Requests); // one per initial band

        var serial = new InMemoryPageSource([]);
        Assert.Empty(await ExportAll(serial, new PartitionedExportOptions { MaxConcurrency = 1, TimeProvider = Clock }));
        Assert.Equal(1, serial.Requests);
    }

    [Fact]
    public async Task RunAsync_CreatedBounds_YieldsOnlyTheHalfOpenRange()
    {
        var objects = Enumerable.Range(0, 2000).Select(i => InMemoryPageSource.Id(ExportData.Now - 1000 + (i / 2), i)).ToList();
        var source = new InMemoryPageSource(objects);
        var options = new PartitionedExportOptions
        {
            MaxConcurrency = 8,
            PageSize = 10,
            CreatedAfter = DateTimeOffset.FromUnixTimeSeconds(ExportData.Now - 900),
            CreatedBefore = DateTimeOffset.FromUnixTimeSeconds(ExportData.Now - 100),
        };

        var exported = await ExportAll(source, options);

        Assert.All(exported, o => Assert.InRange(o.Created, ExportData.Now - 900, ExportData.Now - 101));
        Assert.Equal(source.SerialListing(new CreatedRange(ExportData.Now - 900, ExportData.Now - 100)).Select(o => o.Id).Order(), exported.Select(o => o.Id).Order());
    }

    [Fact]
    public async Task RunAsync_ObjectsCreatedAfterStart_AreNotIncluded()
    {
        // The clock says the export starts at Now; objects stamped Now + 1 and later were created after it started.
        var objects = Enumerable.Range(0, 500).Select(i => InMemoryPageSource.Id(ExportData.Now - 250 + i, i)).ToList();
        var source = new InMemoryPageSource(objects);

        var exported = await ExportAll(source, new PartitionedExportOptions { PageSize = 10, TimeProvider = Clock });

        Assert.Equal(251, exported.Count); // created Now - 250 .. Now
        Assert.All(exported, o => Assert.True(o.Created <= ExportData.Now));
    }

    [Fact]
    public async Task RunAsync_GatedRequests_NeverExceedsMaxConcurrencyAndReachesIt()
    {
        const int limit = 6;
        var pending = Channel.CreateUnbounded<TaskCompletionSource>();
        var source = new InMemoryPageSource(ExportData.UniformOverYear(5000, seed: 5))
        {
            OnRequest = async (range, ct) =>
            {
                var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                pending.Writer.TryWrite(gate);
                await gate.Task.WaitAsync(ct);
            },
        };
        var options = new PartitionedExportOptions { MaxConcurrency = limit, PageSize = 10, TimeProvider = Clock };
        var export = ExportAll(source, options);

        // Release requests one at a time; whenever the export is waiting on us, count what is in flight.
        int peakSeenWhileHeld = 0;
        while (!export.IsCompleted)
        {
            var read = pending.Reader.ReadAsync().AsTask();
            if (await Task.WhenAny(read, export) == export) break;
            var gate = await read;
            peakSeenWhileHeld = Math.Max(peakSeenWhileHeld, source.InFlight);
            Assert.InRange(source.InFlight, 1, limit);
            gate.SetResult();
        }

        Assert.Equal(5000, (await export).Count);
        Assert.InRange(source.PeakInFlight, 1, limit);
        Assert.Equal(limit, source.PeakInFlight);
    }

    [Fact]
    public async Task RunAsync_ConsumerBreaksEarly_CancelsRequestsAndStops()
    {
        int cancelled = 0, blocked = 0, started = 0;
        var source = new InMemoryPageSource(ExportData.UniformOverYear(20_000, seed: 6))
        {
            OnRequest = async (range, ct) =>
            {
                await Task.Yield();
                if (Interlocked.Increment(ref started) > SplitPlanner.InitialBands(new CreatedRange(0, ExportData.Now + 1), 8).Count) // all but the first pages
                {
                    Interlocked.Increment(ref blocked);
                    try
                    {
                        await Task.Delay(Timeout.Infinite, ct);
                    }
                    catch (OperationCanceledException)
                    {
                        Interlocked.Increment(ref cancelled);
                        throw;
                    }
                }
            },
        };

        int taken = 0;
        await foreach (var o in PartitionedExport.RunAsync(source, o => o.Id, o => o.Created, new PartitionedExportOptions { TimeProvider = Clock }))
        {
            if (++taken == 5) break;
        }

        int requestsAtDispose = source.Requests;
        Assert.Equal(0, source.InFlight); // disposal waited for every request to stop
        Assert.True(blocked >= 1);
        Assert.Equal(blocked, cancelled); // every request held open was cancelled
        Assert.Equal(requestsAtDispose, source.Requests); // and nothing was requested after disposal
    }

    [Fact]
    public async Task RunAsync_CallerCancels_ThrowsAndLeavesNothingInFlight()
    {
        using var cts = new CancellationTokenSource();
        var source = new InMemoryPageSource(ExportData.UniformOverYear(20_000, seed: 8))
        {
            OnRequest = (range, ct) => Task.Delay(Timeout.Infinite, ct),
        };

        var e = PartitionedExport.RunAsync(source, o => o.Id, o => o.Created, new PartitionedExportOptions { TimeProvider = Clock }, cts.Token).GetAsyncEnumerator();
        var move = e.MoveNextAsync().AsTask();
        cts.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => move);
        await e.DisposeAsync();
        Assert.Equal(0, source.InFlight);
    }

    [Fact]
    public async Task RunAsync_SourceThrows_StopsAndRethrowsThatException()
    {
        int calls = 0;
        var source = new InMemoryPageSource(ExportData.UniformOverYear(5000, seed: 9))
        {
            OnRequest = async (range, ct) =>
            {
                await Task.Yield();
                if (Interlocked.Increment(ref calls) == 3) throw new HttpRequestException("connection reset");
            },
        };

        var ex = await Assert.ThrowsAsync<HttpRequestException>(() => ExportAll(source, new PartitionedExportOptions { TimeProvider = Clock }));
        Assert.Equal("connection reset", ex.Message);
        Assert.Equal(0, source.InFlight);
    }

    [Fact]
    public async Task RunAsync_SourceReturnsEmptyPageWithHasMore_ThrowsNamingTheFix()
    {
        var ex = await Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            await foreach (var o in PartitionedExport.RunAsync(new BrokenSource(), o => o, o => 0L, new PartitionedExportOptions { TimeProvider = Clock })) { }
        });
        Assert.Contains("HasMore", ex.Message);
        Assert.Contains("ICreatedRangePageSource", ex.Message);
    }

    [Fact]
    public void RunAsync_InvalidArguments_ThrowBeforeEnumeration()
    {
        var source = new InMemoryPageSource([]);
        Assert.Equal("source", Assert.Throws<ArgumentNullException>(() => PartitionedExport.RunAsync<ExportObject>(null!, o => o.Id, o => o.Created)).ParamName);
        Assert.Equal("idOf", Assert.Throws<ArgumentNullException>(() => PartitionedExport.RunAsync(source, null!, o => o.Created)).ParamName);
        Assert.Equal("createdOf", Assert.Throws<ArgumentNullException>(() => PartitionedExport.RunAsync(source, o => o.Id, null!)).ParamName);
        Assert.Contains("MaxConcurrency", Assert.Throws<ArgumentOutOfRangeException>(() =>
            PartitionedExport.RunAsync(source, o => o.Id, o => o.Created, new PartitionedExportOptions { MaxConcurrency = 0 })).Message);
        Assert.Contains("PageSize", Assert.Throws<ArgumentOutOfRangeException>(() =>
            PartitionedExport.RunAsync(source, o => o.Id, o => o.Created, new PartitionedExportOptions { PageSize = 101 })).Message);
        var inverted = new PartitionedExportOptions { CreatedAfter = DateTimeOffset.FromUnixTimeSeconds(10), CreatedBefore = DateTimeOffset.FromUnixTimeSeconds(5) };
        Assert.Contains("CreatedAfter", Assert.Throws<ArgumentException>(() => PartitionedExport.RunAsync(source, o => o.Id, o => o.Created, inverted)).Message);
    }

    [Fact]
    public void PartitionedExportOptions_Defaults_AreDocumentedValues()
    {
        var options = new PartitionedExportOptions();
        Assert.Equal(32, options.MaxConcurrency);
        Assert.Equal(100, options.PageSize);
        Assert.Null(options.CreatedAfter);
        Assert.Null(options.CreatedBefore);
        Assert.Same(TimeProvider.System, options.TimeProvider);
    }

    private sealed class BrokenSource : ICreatedRangePageSource<string>
    {
        public Task<ExportPage<string>> FetchPageAsync(CreatedRange range, string? startingAfter, int limit, CancellationToken cancellationToken) =>
            Task.FromResult(new ExportPage<string>([], HasMore: true));
    }
}
