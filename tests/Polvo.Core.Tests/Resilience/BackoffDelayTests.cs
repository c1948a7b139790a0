using Polvo.Resilience;

namespace Polvo.Core.Tests.Resilience;

public class BackoffDelayTests
{
    private static readonly TimeSpan Base = TimeSpan.FromSeconds(0.5);
    private static readonly TimeSpan Max = TimeSpan.FromSeconds(5);

    [Theory]
    [InlineData(0, 0.5)]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(3, 4)]
    [InlineData(4, 5)]
    [InlineData(200, 5)]
    public void Compute_WithoutJitter_DoublesAndCaps(int attempt, double expectedSeconds) =>
        Assert.Equal(TimeSpan.FromSeconds(expectedSeconds), BackoffDelay.Compute(attempt, Base, Max, useJitter: false, () => 0.9));

    [Fact]
    public void Compute_WithRandomJitter_StaysWithinQuarterOfNominalAndUnderCap()
    {
        var random = new Random(1234);
        for (var attempt = 0; attempt < 8; attempt++)
        {
            var nominal = Math.Min(0.5 * Math.Pow(2, attempt), 5);
            var delays = Enumerable.Range(0, 500).Select(_ => BackoffDelay.Compute(attempt, Base, Max, true, random.NextDouble).TotalSeconds).ToList();
            Assert.All(delays, d => Assert.InRange(d, nominal * 0.75, Math.Min(nominal * 1.25, 5)));
            Assert.True(delays.Distinct().Count() > 100, "jitter should spread the delays");
        }
    }
}
