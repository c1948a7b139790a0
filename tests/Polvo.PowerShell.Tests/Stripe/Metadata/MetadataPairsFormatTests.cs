using System.Collections;
using Polvo.PowerShell.Stripe.Metadata;

namespace Polvo.PowerShell.Tests.Stripe.Metadata;

/// <summary>The key=value text Export-Csv writes for metadata reads back through -Metadata unchanged.</summary>
public sealed class MetadataPairsFormatTests
{
    [Theory]
    [InlineData("tier", "gold")]
    [InlineData("note", "a;b=c")]
    [InlineData("path", @"C:\temp\;x")]
    [InlineData("k=ey;", @"\\")]
    [InlineData("empty", "")]
    public void Format_ThenParse_GivesTheSameMetadata(string key, string value)
    {
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal) { ["first"] = "1", [key] = value };

        Hashtable parsed = MetadataPairs.Parse(MetadataPairs.Format(metadata));

        Assert.Equal(metadata.Count, parsed.Count);
        Assert.All(metadata, pair => Assert.Equal(pair.Value, parsed[pair.Key]));
    }

    [Fact]
    public void Format_WritesPairsInOrderWithEscapes()
    {
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal) { ["plan"] = "pro", ["note"] = "x=1;y" };

        Assert.Equal(@"plan=pro;note=x\=1\;y", MetadataPairs.Format(metadata));
        Assert.Equal(string.Empty, MetadataPairs.Format(new Dictionary<string, string>()));
    }
}
