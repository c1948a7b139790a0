using Polvo.RateLimiting;

namespace Polvo.Core.Tests.RateLimiting;

public class RateLimitOptionsTests
{
    [Theory]
    [InlineData(25, 22)]
    [InlineData(100, 90)]
    [InlineData(5, 4)]
    [InlineData(1, 1)]
    [InlineData(0.5, 1)]
    public void DefaultBurstFor_Rate_IsNineTenthsOfASecondRoundedDown(double rate, int burst) =>
        Assert.Equal(burst, RateLimitOptions.DefaultBurstFor(rate));

    [Fact]
    public void Validate_NegativeRate_NamesRequestsPerSecond()
    {
        var error = Assert.Throws<ArgumentException>(new RateLimitOptions { RequestsPerSecond = -1 }.Validate);

        Assert.Contains("RequestsPerSecond must be greater than 0", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ZeroBurst_NamesBurst()
    {
        var error = Assert.Throws<ArgumentException>(new RateLimitOptions { Burst = 0 }.Validate);

        Assert.Contains("Burst must be between 1", error.Message, StringComparison.Ordinal);
    }
}
