using Polvo.PowerShell.Progress;
using Polvo.PowerShell.Tests.TestSupport;

namespace Polvo.PowerShell.Tests.Progress;

public class ProgressReporterTests
{
    private readonly FakeTimeProvider _time = new();

    [Fact]
    public void ReportPage_OnlyOneQuickPage_NoUpdateAndNoCompletedRecord()
    {
        var reporter = new ProgressReporter("Listing customers", _time);

        Assert.Null(reporter.ReportPage(100));
        Assert.Null(reporter.Complete());
        Assert.Equal(100, reporter.ItemsProcessed);
    }

    [Fact]
    public void ReportPage_SecondPage_UpdateWithItemsAndRate()
    {
        var reporter = new ProgressReporter("Listing customers", _time);
        reporter.ReportPage(100);
        _time.Advance(TimeSpan.FromMilliseconds(500));

        PolvoProgress update = reporter.ReportPage(100)!;

        Assert.Equal(200, update.ItemsProcessed);
        Assert.Equal(400, update.ItemsPerSecond, precision: 6);
        Assert.Equal(-1, update.PercentComplete);
        Assert.False(update.Completed);
        Assert.Equal("Listing customers", update.Activity);
    }

    [Fact]
    public void ReportItems_BeforeAndAfterStartDelay_FirstUpdateAfterOneSecond()
    {
        var reporter = new ProgressReporter("Creating customers", _time);

        _time.Advance(TimeSpan.FromMilliseconds(999));
        Assert.Null(reporter.ReportItems(1));
        _time.Advance(TimeSpan.FromMilliseconds(1));
        PolvoProgress? update = reporter.ReportItems(1);

        Assert.NotNull(update);
        Assert.Equal(2, update.ItemsProcessed);
    }

    [Fact]
    public void ReportPage_ManyPagesWithinInterval_AtMostOneUpdatePerInterval()
    {
        var reporter = new ProgressReporter("Listing", _time);
        reporter.ReportPage(10);
        int updates = 0;

        for (int i = 0; i < 40; i++)
        {
            _time.Advance(TimeSpan.FromMilliseconds(25));
            if (reporter.ReportPage(10) is not null)
            {
                updates++;
            }
        }

        // 40 pages over 1 s: the first update, then one per 250 ms.
        Assert.Equal(4, updates);
    }

    [Fact]
    public void Complete_AfterUpdates_OneCompletedRecordOnly()
    {
        var reporter = new ProgressReporter("Listing", _time);
        reporter.ReportPage(100);
        _time.Advance(TimeSpan.FromSeconds(1));
        reporter.ReportPage(100);

        PolvoProgress done = reporter.Complete()!;

        Assert.True(done.Completed);
        Assert.Equal(100, done.PercentComplete);
        Assert.Equal(200, done.ItemsProcessed);
        Assert.Null(reporter.Complete());
        Assert.Null(reporter.ReportPage(5));
    }

    [Fact]
    public void ReportPage_TotalKnown_PercentComplete()
    {
        var reporter = new ProgressReporter("Exporting", _time, total: 400);
        reporter.ReportPage(100);
        _time.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal(50, reporter.ReportPage(100)!.PercentComplete);
    }

    [Fact]
    public void Constructor_NegativeInterval_ThrowsNamingTheOption()
    {
        var options = new ProgressReporterOptions { MinimumInterval = TimeSpan.FromSeconds(-1) };

        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new ProgressReporter("x", _time, options: options));

        Assert.Equal("MinimumInterval", ex.ParamName);
    }
}
