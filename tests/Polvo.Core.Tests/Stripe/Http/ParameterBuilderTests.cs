using Polvo.Stripe.Http;

namespace Polvo.Core.Tests.Stripe.Http;

public class ParameterBuilderTests
{
    [Fact]
    public void Nested_TwoLevels_PrefixesEveryName()
    {
        var builder = new ParameterBuilder();
        builder.Nested("a").Nested("b").Add("c", "1");
        builder.Nested("a").AddList("d", ["x"]);
        Assert.Equal("a[b][c]=1&a[d][0]=x", FormEncoder.Encode(builder.Pairs));
    }

    [Fact]
    public void AddMap_NullValue_IsOmittedAndEmptyKept()
    {
        var builder = new ParameterBuilder().AddMap("metadata", new Dictionary<string, string?> { ["gone"] = null, ["unset"] = "", ["kept"] = "v" });
        Assert.Equal("metadata[unset]=&metadata[kept]=v", FormEncoder.Encode(builder.Pairs));
    }

    [Fact]
    public void Add_NullablesWithoutValue_AddNothing()
    {
        var builder = new ParameterBuilder().Add("a", (long?)null).Add("b", (bool?)null).Add("c", (DateTimeOffset?)null).Add("d", (string?)null).AddList("e", null);
        Assert.Empty(builder.Pairs);
    }
}
