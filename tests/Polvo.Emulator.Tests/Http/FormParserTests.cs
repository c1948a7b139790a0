using Microsoft.Extensions.Primitives;
using Polvo.Emulator.Http;

namespace Polvo.Emulator.Tests.Http;

public class FormParserTests
{
    private static ParamReader Read(params (string Key, string Value)[] pairs) =>
        new(FormParser.Parse(pairs.Select(p => new KeyValuePair<string, StringValues>(p.Key, p.Value))));

    [Fact]
    public void Parse_MetadataBrackets_GivesAMap()
    {
        var reader = Read(("metadata[order]", "42"), ("metadata[tier]", "gold"));

        var map = reader.Map("metadata")!;

        Assert.Equal([new("order", "42"), new("tier", "gold")], map);
    }

    [Fact]
    public void Parse_ExpandIndexedOutOfOrder_GivesListInIndexOrder()
    {
        var reader = Read(("expand[1]", "b"), ("expand[0]", "a"), ("expand[10]", "c"));

        Assert.Equal(["a", "b", "c"], reader.List("expand"));
    }

    [Fact]
    public void Parse_ExpandEmptyBrackets_AppendsEach()
    {
        var reader = new ParamReader(FormParser.Parse([new("expand[]", new StringValues(["customer", "invoice"]))]));

        Assert.Equal(["customer", "invoice"], reader.List("expand"));
    }

    [Fact]
    public void Parse_NestedObject_ReadsChildren()
    {
        var reader = Read(("shipping[address][city]", "Lisbon"), ("shipping[name]", "Ana"));

        var shipping = reader.Object("shipping", out var present)!;

        Assert.True(present);
        Assert.Equal("Ana", shipping.String("name"));
        Assert.Equal("Lisbon", shipping.Object("address", out _)!.String("city"));
    }

    [Fact]
    public void ThrowIfUnknown_UnreadParameter_NamesIt()
    {
        var reader = Read(("email", "a@b.c"), ("created[gte]", "5"), ("created[foo]", "1"));
        reader.String("email");
        var created = reader.Object("created", out _)!;
        created.Long("gte");

        var error = Assert.Throws<ApiException>(reader.ThrowIfUnknown);

        Assert.Equal("created[foo]", error.Param);
        Assert.Equal(400, error.Status);
    }

    [Fact]
    public void Long_NotANumber_ThrowsInvalidInteger()
    {
        var reader = Read(("limit", "ten"));

        var error = Assert.Throws<ApiException>(() => reader.Long("limit"));

        Assert.Equal("Invalid integer: ten", error.Message);
        Assert.Equal("limit", error.Param);
    }

    [Fact]
    public void Parse_UnclosedBracket_ThrowsNamingKey()
    {
        var error = Assert.Throws<ApiException>(() => Read(("metadata[a", "1")));

        Assert.Equal("metadata[a", error.Param);
    }

    [Fact]
    public void Fingerprint_SamePairsInOtherOrder_AreEqual()
    {
        var a = FormParser.Fingerprint([new("a", "1"), new("b", "2")]);
        var b = FormParser.Fingerprint([new("b", "2"), new("a", "1")]);
        var c = FormParser.Fingerprint([new("a", "1"), new("b", "3")]);

        Assert.Equal(a, b);
        Assert.NotEqual(a, c);
    }
}
