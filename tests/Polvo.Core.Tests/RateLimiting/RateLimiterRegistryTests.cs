using Polvo.Core.Tests.TestSupport;
using Polvo.RateLimiting;

namespace Polvo.Core.Tests.RateLimiting;

public class RateLimiterRegistryTests
{
    private static readonly Uri Stripe = new("https://api.stripe.com/");
    private readonly RateLimiterRegistry _registry = new(new FakeTimeProvider());

    [Fact]
    public void GetOrCreate_SameFingerprintAndUrl_ReturnsSameLimiter()
    {
        var first = _registry.GetOrCreate("fp-1", Stripe, isLive: false);
        var second = _registry.GetOrCreate("fp-1", new Uri("HTTPS://API.STRIPE.COM"), isLive: false);

        Assert.Same(first, second);
        Assert.Equal(1, _registry.Count);
    }

    [Fact]
    public void GetOrCreate_DifferentFingerprintOrUrl_ReturnsSeparateLimiters()
    {
        var a = _registry.GetOrCreate("fp-1", Stripe, false);
        var b = _registry.GetOrCreate("fp-2", Stripe, false);
        var c = _registry.GetOrCreate("fp-1", new Uri("http://127.0.0.1:5123/"), false);

        Assert.Equal(3, new[] { a, b, c }.Distinct().Count());
    }

    [Theory]
    [InlineData(false, 25, 22)]
    [InlineData(true, 100, 90)]
    public void GetOrCreate_NoOptions_UsesModeDefaults(bool isLive, double rate, int burst)
    {
        var limiter = _registry.GetOrCreate("fp", Stripe, isLive);

        Assert.Equal(rate, limiter.RequestsPerSecond);
        Assert.Equal(burst, limiter.Burst);
    }

    [Fact]
    public void GetOrCreate_ExplicitRateOnly_DerivesBurst()
    {
        var limiter = _registry.GetOrCreate("fp", Stripe, false, new RateLimitOptions { RequestsPerSecond = 50 });

        Assert.Equal(50, limiter.RequestsPerSecond);
        Assert.Equal(45, limiter.Burst);
    }

    [Fact]
    public void GetOrCreate_LaterExplicitOptions_ReconfigureTheSharedLimiter()
    {
        var first = _registry.GetOrCreate("fp", Stripe, false, new RateLimitOptions { RequestsPerSecond = 10 });

        var unchanged = _registry.GetOrCreate("fp", Stripe, false);
        Assert.Equal(10, unchanged.RequestsPerSecond);
        var changed = _registry.GetOrCreate("fp", Stripe, false, new RateLimitOptions { Burst = 7 });

        Assert.Same(first, changed);
        Assert.Equal(10, changed.RequestsPerSecond);
        Assert.Equal(7, changed.Burst);
    }

    [Fact]
    public void GetOrCreate_RelativeUrl_ThrowsNamingTheFix()
    {
        var error = Assert.Throws<ArgumentException>(() => _registry.GetOrCreate("fp", new Uri("/v1", UriKind.Relative), false));

        Assert.Equal("baseUrl", error.ParamName);
        Assert.Contains("absolute", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GetOrCreate_EmptyFingerprint_Throws() =>
        Assert.ThrowsAny<ArgumentException>(() => _registry.GetOrCreate(" ", Stripe, false));

    [Fact]
    public void Shared_IsOneProcessWideInstance() => Assert.Same(RateLimiterRegistry.Shared, RateLimiterRegistry.Shared);
}
