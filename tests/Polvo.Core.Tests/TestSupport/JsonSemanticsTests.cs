using System.Text.Json;

namespace Polvo.Core.Tests.TestSupport;

public class JsonSemanticsTests
{
    private static IReadOnlyList<string> Diff(string expected, string actual) =>
        JsonSemantics.Differences(JsonDocument.Parse(expected).RootElement, JsonDocument.Parse(actual).RootElement);

    [Fact]
    public void Differences_ReorderedAndNullVersusAbsent_AreEqual() =>
        Assert.Empty(Diff("""{"a":1,"b":null,"c":[1,{"d":"x"}]}""", """{"c":[1,{"d":"x","e":null}],"a":1.0}"""));

    [Fact]
    public void Differences_SameStringEscapedDifferently_AreEqual() =>
        Assert.Empty(Diff("""{"phone":"+351"}""", """{"phone":"\u002B351"}"""));

    [Theory]
    [InlineData("""{"a":1}""", """{"a":2}""")]
    [InlineData("""{"a":"x"}""", """{"a":"y"}""")]
    [InlineData("""{"a":{}}""", """{}""")]
    [InlineData("""{"a":[1]}""", """{"a":[1,2]}""")]
    [InlineData("""{"a":false}""", """{"a":null}""")]
    public void Differences_ChangedValueOrMissingProperty_AreReported(string expected, string actual) =>
        Assert.NotEmpty(Diff(expected, actual));
}
