using System.Collections;
using Polvo.PowerShell.Stripe.Metadata;

namespace Polvo.PowerShell.Tests.Stripe.Metadata;

public class MetadataTextTests
{
    [Fact]
    public void Transform_JsonObject_StringsNumbersBooleansAndNullAsRemoval()
    {
        var result = Assert.IsType<Hashtable>(MetadataText.Transform("""  {"tier":"gold","seats":5,"vip":true,"old":null}  """));

        Assert.Equal(4, result.Count);
        Assert.Equal("gold", result["tier"]);
        Assert.Equal("5", result["seats"]);
        Assert.Equal("true", result["vip"]);
        Assert.Equal(string.Empty, result["old"]);
    }

    [Fact]
    public void Transform_KeyValueText_TrimsAndKeepsEmptyValueForRemoval()
    {
        var result = Assert.IsType<Hashtable>(MetadataText.Transform(" tier = gold ; seats=5;old=;"));

        Assert.Equal(3, result.Count);
        Assert.Equal("gold", result["tier"]);
        Assert.Equal("5", result["seats"]);
        Assert.Equal(string.Empty, result["old"]);
    }

    [Fact]
    public void Transform_KeyValueTextWithEscapes_LiteralSeparatorsAndOtherBackslashesKept()
    {
        var result = Assert.IsType<Hashtable>(MetadataText.Transform(@"note=a\;b\=c\\d;path=C:\temp;url=https://x.example/?a=1"));

        Assert.Equal(@"a;b=c\d", result["note"]);
        Assert.Equal(@"C:\temp", result["path"]);
        Assert.Equal("https://x.example/?a=1", result["url"]); // only the first '=' separates key from value
    }

    [Fact]
    public void Transform_KeysAreCaseSensitive_LikeStripe()
    {
        var result = Assert.IsType<Hashtable>(MetadataText.Transform("Tier=a;tier=b"));

        Assert.Equal("a", result["Tier"]);
        Assert.Equal("b", result["tier"]);
    }

    [Fact]
    public void Transform_DictionaryOfAPipedObject_CopiedIntoAHashtable()
    {
        var metadata = new Dictionary<string, string> { ["tier"] = "silver", ["seed_index"] = "4" };

        var result = Assert.IsType<Hashtable>(MetadataText.Transform(metadata));

        Assert.Equal(2, result.Count);
        Assert.Equal("silver", result["tier"]);
        Assert.Equal("4", result["seed_index"]);
    }

    [Fact]
    public void Transform_HashtableAndOtherValues_PassThroughUnchanged()
    {
        var table = new Hashtable { ["a"] = 1 };
        var other = new object();

        Assert.Same(table, MetadataText.Transform(table));
        Assert.Same(other, MetadataText.Transform(other));
        Assert.Equal(42, MetadataText.Transform(42));
        Assert.Null(MetadataText.Transform(null));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Transform_BlankString_NoMetadata(string text)
    {
        Assert.Null(MetadataText.Transform(text));
    }

    [Theory]
    [InlineData("gold", "'gold' has no '='")]
    [InlineData("tier=gold;silver", "'silver' has no '='")]
    [InlineData("=gold", "a key is empty")]
    [InlineData("tier=a;tier=b", "'tier' appears twice")]
    [InlineData("{tier:gold}", "not valid JSON")]
    [InlineData("""{"tier":{"level":1}}""", "value of 'tier' is a JSON object")]
    [InlineData("""{"tags":["a"]}""", "value of 'tags' is a JSON array")]
    [InlineData("""{"":"x"}""", "a key is empty")]
    [InlineData("""{"a":"1"} trailing""", "not valid JSON")]
    [InlineData("""["a"]""", "has no '='")]
    public void Transform_MalformedText_ErrorNamesMetadataTheProblemAndTheAcceptedForms(string text, string problem)
    {
        var error = Assert.Throws<ArgumentException>(() => MetadataText.Transform(text));

        Assert.Equal("Metadata", error.ParamName);
        Assert.StartsWith("-Metadata is not valid: ", error.Message);
        Assert.Contains(problem, error.Message);
        Assert.Contains("a hashtable (@{ tier = 'gold' }), a JSON object", error.Message);
        Assert.Contains("key=value pairs separated by ';'", error.Message);
    }
}
