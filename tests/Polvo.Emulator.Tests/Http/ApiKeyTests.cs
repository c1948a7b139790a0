using Polvo.Emulator.Http;

namespace Polvo.Emulator.Tests.Http;

public class ApiKeyTests
{
    [Theory]
    [InlineData("sk_test_4eC39HqLyjWDarjtT1zdp7dc", "sk_test_****p7dc")]
    [InlineData("sk_test_short", "sk_test_****")]
    [InlineData("whatever-secret-value", "****alue")]
    [InlineData("abc", "****")]
    public void Mask_AnyKey_ShowsAtMostPrefixAndLastFour(string key, string expected)
    {
        Assert.Equal(expected, ApiKey.Mask(key));
    }

    [Theory]
    [InlineData("sk_test_abc", true)]
    [InlineData("rk_live_abc", true)]
    [InlineData("pk_test_abc", false)]
    [InlineData("sk_test_a b", false)]
    public void IsValid_Key_MatchesStripePrefixes(string key, bool expected)
    {
        Assert.Equal(expected, ApiKey.IsValid(key));
    }
}
