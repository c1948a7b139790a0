using Polvo.Resilience;

namespace Polvo.Core.Tests.Resilience;

public class HttpResilienceOptionsTests
{
    [Fact]
    public void Constructor_Defaults_MatchDocumentation()
    {
        var options = new HttpResilienceOptions();

        Assert.Equal(3, options.MaxRetries);
        Assert.Equal(TimeSpan.FromSeconds(0.5), options.BaseDelay);
        Assert.Equal(TimeSpan.FromSeconds(5), options.MaxDelay);
        Assert.True(options.UseJitter);
        Assert.Equal(TimeSpan.FromSeconds(30), options.AttemptTimeout);
        Assert.Equal(TimeSpan.FromMinutes(2), options.OverallTimeout);
        Assert.Null(options.OnRetry);
        Assert.Null(options.ShouldRetryHeader);
        options.Validate();
    }

    [Theory]
    [InlineData(nameof(HttpResilienceOptions.MaxRetries))]
    [InlineData(nameof(HttpResilienceOptions.BaseDelay))]
    [InlineData(nameof(HttpResilienceOptions.MaxDelay))]
    [InlineData(nameof(HttpResilienceOptions.AttemptTimeout))]
    [InlineData(nameof(HttpResilienceOptions.OverallTimeout))]
    [InlineData(nameof(HttpResilienceOptions.ShouldRetryHeader))]
    public void Validate_BadValue_NamesTheProperty(string property)
    {
        var options = new HttpResilienceOptions();
        switch (property)
        {
            case nameof(HttpResilienceOptions.MaxRetries): options.MaxRetries = -1; break;
            case nameof(HttpResilienceOptions.BaseDelay): options.BaseDelay = TimeSpan.Zero; break;
            case nameof(HttpResilienceOptions.MaxDelay): options.MaxDelay = TimeSpan.FromSeconds(0.1); break;
            case nameof(HttpResilienceOptions.AttemptTimeout): options.AttemptTimeout = TimeSpan.FromMilliseconds(1); break;
            case nameof(HttpResilienceOptions.ShouldRetryHeader): options.ShouldRetryHeader = "Should Retry:"; break;
            default: options.OverallTimeout = TimeSpan.FromSeconds(-5); break;
        }

        var error = Assert.Throws<ArgumentException>(options.Validate);

        Assert.Contains(property + " must be", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_InfiniteTimeoutsAndNoRetries_Accepted()
    {
        var options = new HttpResilienceOptions { MaxRetries = 0, AttemptTimeout = Timeout.InfiniteTimeSpan, OverallTimeout = Timeout.InfiniteTimeSpan };

        options.Validate();

        Assert.Equal(0, options.MaxRetries);
    }
}
