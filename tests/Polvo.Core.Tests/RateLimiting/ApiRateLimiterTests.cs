using Polvo.Core.Tests.TestSupport;
using Polvo.RateLimiting;

namespace Polvo.Core.Tests.RateLimiting;

public class ApiRateLimiterTests
{
    private readonly FakeTimeProvider _time = new();

    [Fact]
    public async Task AcquireAsync_WithinBurst_CompletesAtOnceThenWaitsOneInterval()
    {
        var limiter = new ApiRateLimiter(10, 3, _time);

        Assert.All(Enumerable.Range(0, 3).Select(_ => limiter.AcquireAsync()), a => Assert.True(a.IsCompletedSuccessfully));
        var fourth = limiter.AcquireAsync().AsTask();

        Assert.False(fourth.IsCompleted);
        Assert.Equal(TimeSpan.FromMilliseconds(100), _time.NextTimerDueIn);
        _time.Advance(TimeSpan.FromMilliseconds(100));
        await fourth;
    }

    [Fact]
    public void AcquireAsync_QueuedCallers_StartOneIntervalApartInArrivalOrder()
    {
        var limiter = new ApiRateLimiter(10, 1, _time);

        var waits = Enumerable.Range(0, 5).Select(_ => limiter.AcquireAsync().AsTask()).ToList();

        Assert.True(waits[0].IsCompletedSuccessfully);
        for (var i = 1; i < waits.Count; i++)
        {
            Assert.False(waits[i].IsCompleted);
            _time.Advance(TimeSpan.FromMilliseconds(100));
            Assert.True(waits[i].IsCompletedSuccessfully);
            Assert.All(waits.Skip(i + 1), w => Assert.False(w.IsCompleted));
        }

        Assert.Equal(0, _time.PendingTimerCount);
    }

    [Fact]
    public async Task AcquireAsync_SustainedLoad_RunsAtConfiguredRate()
    {
        var limiter = new ApiRateLimiter(25, 3, _time);
        var start = _time.GetUtcNow();

        for (var i = 0; i < 28; i++)
        {
            var wait = limiter.AcquireAsync().AsTask();
            if (!wait.IsCompleted) _time.AdvanceToNextTimer();
            await wait;
        }

        Assert.Equal(TimeSpan.FromSeconds(1), _time.GetUtcNow() - start);
    }

    [Fact]
    public void AcquireAsync_AfterQuietSpell_RefillsOnlyUpToBurst()
    {
        var limiter = new ApiRateLimiter(10, 3, _time);
        for (var i = 0; i < 3; i++) _ = limiter.AcquireAsync();

        _time.Advance(TimeSpan.FromHours(1));

        Assert.All(Enumerable.Range(0, 3).Select(_ => limiter.AcquireAsync()), a => Assert.True(a.IsCompletedSuccessfully));
        Assert.False(limiter.AcquireAsync().IsCompleted);
    }

    [Fact]
    public async Task AcquireAsync_CancelledBeforehand_ReturnsCanceled()
    {
        var limiter = new ApiRateLimiter(10, 1, _time);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => limiter.AcquireAsync(new CancellationToken(true)).AsTask());
    }

    [Fact]
    public async Task AcquireAsync_CancelledWhileWaiting_ThrowsOperationCanceled()
    {
        var limiter = new ApiRateLimiter(1, 1, _time);
        await limiter.AcquireAsync();
        using var cts = new CancellationTokenSource();

        var wait = limiter.AcquireAsync(cts.Token).AsTask();
        Assert.False(wait.IsCompleted);
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => wait);
        Assert.Equal(0, _time.PendingTimerCount);
    }

    [Fact]
    public void ReportRateLimited_Once_HalvesRateAndDropsSavedBurst()
    {
        var limiter = new ApiRateLimiter(10, 3, _time);

        limiter.ReportRateLimited();

        Assert.Equal(5, limiter.CurrentRequestsPerSecond);
        Assert.True(limiter.AcquireAsync().IsCompletedSuccessfully);
        Assert.False(limiter.AcquireAsync().IsCompleted);
        Assert.Equal(TimeSpan.FromMilliseconds(200), _time.NextTimerDueIn);
    }

    [Fact]
    public void ReportRateLimited_ManyWithinOneSecond_HalvesOnlyOnce()
    {
        var limiter = new ApiRateLimiter(10, 1, _time);

        for (var i = 0; i < 5; i++) limiter.ReportRateLimited();

        Assert.Equal(5, limiter.CurrentRequestsPerSecond);
    }

    [Fact]
    public void ReportRateLimited_EverySecond_NeverBelowAnEighth()
    {
        var limiter = new ApiRateLimiter(16, 1, _time);
        List<double> rates = [];

        for (var i = 0; i < 5; i++)
        {
            limiter.ReportRateLimited();
            rates.Add(limiter.CurrentRequestsPerSecond);
            _time.Advance(TimeSpan.FromSeconds(1));
        }

        Assert.Equal([8, 4, 2, 2, 2], rates);
    }

    [Fact]
    public void ReportRateLimited_WithRetryAfter_NoRequestStartsBeforeIt()
    {
        var limiter = new ApiRateLimiter(10, 3, _time);

        limiter.ReportRateLimited(TimeSpan.FromSeconds(2));
        var wait = limiter.AcquireAsync().AsTask();

        Assert.Equal(TimeSpan.FromSeconds(2), _time.NextTimerDueIn);
        _time.Advance(TimeSpan.FromSeconds(2) - TimeSpan.FromTicks(1));
        Assert.False(wait.IsCompleted);
        _time.Advance(TimeSpan.FromTicks(1));
        Assert.True(wait.IsCompletedSuccessfully);
    }

    [Fact]
    public void CurrentRequestsPerSecond_AfterCoolDown_RecoversGradually()
    {
        var limiter = new ApiRateLimiter(10, 1, _time);
        limiter.ReportRateLimited();
        List<double> rates = [];

        foreach (var step in new[] { 4.9, 0.1, 2.5, 2.5, 10 })
        {
            _time.Advance(TimeSpan.FromSeconds(step));
            rates.Add(Math.Round(limiter.CurrentRequestsPerSecond, 6));
        }

        Assert.Equal([5, 5, 7.5, 10, 10], rates);
    }

    [Theory]
    [InlineData(0, 1, "RequestsPerSecond")]
    [InlineData(double.NaN, 1, "RequestsPerSecond")]
    [InlineData(10, 0, "Burst")]
    public void Constructor_OutOfRange_NamesTheSetting(double rate, int burst, string setting)
    {
        var error = Assert.Throws<ArgumentException>(() => new ApiRateLimiter(rate, burst, _time));

        Assert.Contains(setting + " must be", error.Message, StringComparison.Ordinal);
    }
}
