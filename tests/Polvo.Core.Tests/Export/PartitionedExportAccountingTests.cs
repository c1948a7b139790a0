using Polvo.Export;
using Xunit.Abstractions;

namespace Polvo.Core.Tests.Export;

/// <summary>
/// Request accounting: the export yields exactly the serial listing and stays within its request bound.
/// The bound, proved in PartitionedExport.cs: each partition wastes at most one request (a partial or empty last page)
/// and at most MaxConcurrency + pages/16 partitions are ever created, so
/// requests &lt;= ceil(items / pageSize) * (1 + 1/16) + MaxConcurrency.
/// </summary>
public class PartitionedExportAccountingTests(ITestOutputHelper output)
{
    public static TheoryData<string, int> Cases => new()
    {
        { "uniform-50k", 32 },
        { "uniform-50k", 8 },
        { "recent-50k", 32 },
        { "one-second-20k", 8 },
        { "one-second-20k", 32 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task RunAsync_LargeSets_YieldsSerialSetWithinRequestBound(string dataset, int maxConcurrency)
    {
        var objects = dataset switch
        {
            "uniform-50k" => ExportData.UniformOverYear(50_000, seed: 1),
            "recent-50k" => ExportData.RecentHeavy(50_000, seed: 2),
            _ => ExportData.OneSecondPlusOthers(20_000, 40, ExportData.Now - 86_400, seed: 3),
        };
        var source = new InMemoryPageSource(objects)
        {
            OnRequest = async (range, ct) =>
            {
                await Task.Yield();
                await Task.Yield();
            },
        };
        var options = new PartitionedExportOptions { MaxConcurrency = maxConcurrency, TimeProvider = new FixedTimeProvider(DateTimeOffset.FromUnixTimeSeconds(ExportData.Now)) };

        var exported = new List<ExportObject>();
        await foreach (var o in PartitionedExport.RunAsync(source, o => o.Id, o => o.Created, options))
        {
            exported.Add(o);
        }

        var serial = source.SerialListing(new CreatedRange(0, ExportData.Now + 1));
        Assert.Equal(objects.Count, serial.Count);
        Assert.Equal(exported.Count, exported.Select(o => o.Id).Distinct().Count()); // no duplicates
        Assert.Equal(serial.Select(o => o.Id).Order(), exported.Select(o => o.Id).Order()); // exactly the serial set

        int minimum = (int)Math.Ceiling(objects.Count / 100.0);
        double bound = (minimum * 1.1) + maxConcurrency;
        output.WriteLine($"{dataset} P={maxConcurrency}: requests={source.Requests} minimum={minimum} ratio={source.Requests / (double)minimum:F3} empty={source.EmptyPages} peakInFlight={source.PeakInFlight} bound={bound:F1}");
        Assert.InRange(source.Requests, minimum, bound);
    }
}
