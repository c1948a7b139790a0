using Polvo.Core.Tests.TestSupport;
using Polvo.RateLimiting;

namespace Polvo.Core.Tests.RateLimiting;

public class RateLimiterRegistryTests
{
    private static readonly Uri Api = new("https://api.example.com/");
    private readonly RateLimiterRegistry _registry = new(new FakeTimeProvider());

    [Fact]
    public void GetOrCreate_SameFingerprintAndUrl_ReturnsSameLimiter()
    {
        var first = _registry.GetOrCreate("fp-1", Api, 25);
        var second = _registry.GetOrCreate("fp-1", new Uri("HTTPS://API.EXAMPLE.COM"), 25);

        Assert.Same(first, second);
        Assert.Equal(1, _registry.Count);
    }

    [Fact]
    public void GetOrCreate_DifferentFingerprintOrUrl_ReturnsSeparateLimiters()
    {
        var a = _registry.GetOrCreate("fp-1", Api, 25);
        var b = _registry.GetOrCreate("fp-2", Api, 25);
        var c = _registry.GetOrCreate("fp-1", new Uri("http://127.0.0.1:5123/"), 25);

        Assert.Equal(3, new[] { a, b, c }.Distinct().Count());
    }

    [Theory]
    [InlineData(25, 22)]
    [InlineData(100, 90)]
    public void GetOrCreate_NoOptions_UsesTheDefaultRateAndItsBurst(double rate, int burst)
    {
        var limiter = _registry.GetOrCreate("fp", Api, rate);

        Assert.Equal(rate, limiter.RequestsPerSecond);
        Assert.Equal(burst, limiter.Burst);
    }

    [Fact]
    public void GetOrCreate_ExplicitRateOnly_DerivesBurst()
    {
        var limiter = _registry.GetOrCreate("fp", Api, 25, new RateLimitOptions { RequestsPerSecond = 50 });

        Assert.Equal(50, limiter.RequestsPerSecond);
        Assert.Equal(45, limiter.Burst);
    }

    [Fact]
    public void GetOrCreate_LaterExplicitOptions_ReconfigureTheSharedLimiter()
    {
        var first = _registry.GetOrCreate("fp", Api, 25, new RateLimitOptions { RequestsPerSecond = 10 });

        var unchanged = _registry.GetOrCreate("fp", Api, 25);
        Assert.Equal(10, unchanged.RequestsPerSecond);
        var changed = _registry.GetOrCreate("fp", Api, 25, new RateLimitOptions { Burst = 7 });

        Assert.Same(first, changed);
        Assert.Equal(10, changed.RequestsPerSecond);
        Assert.Equal(7, changed.Burst);
    }

    [Fact]
    public void GetOrCreate_RelativeUrl_ThrowsNamingTheFix()
    {
        var error = Assert.Throws<ArgumentException>(() => _registry.GetOrCreate("fp", new Uri("/v1", UriKind.Relative), 25));

        Assert.Equal("baseUrl", error.ParamName);
        Assert.Contains("absolute", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GetOrCreate_EmptyFingerprint_Throws() =>
        Assert.ThrowsAny<ArgumentException>(() => _registry.GetOrCreate(" ", Api, 25));

    [Fact]
    public void Shared_IsOneProcessWideInstance() => Assert.Same(RateLimiterRegistry.Shared, RateLimiterRegistry.Shared);
}
