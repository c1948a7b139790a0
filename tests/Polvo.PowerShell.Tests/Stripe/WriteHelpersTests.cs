using System.Collections;
using Polvo.PowerShell.Stripe;

namespace Polvo.PowerShell.Tests.Stripe;

public class WriteHelpersTests
{
    [Fact]
    public void IdempotencyKeys_GivenKey_FirstItemUsesItAndTheNextAreNumbered()
    {
        var keys = new IdempotencyKeys("import-42");

        Assert.Equal(new[] { "import-42", "import-42-2", "import-42-3" }, new[] { keys.Next(), keys.Next(), keys.Next() });
    }

    [Fact]
    public void IdempotencyKeys_NoKey_ANewPolvoKeyPerItem()
    {
        var keys = new IdempotencyKeys(null);

        string first = keys.Next(), second = keys.Next();

        Assert.StartsWith("polvo-", first, StringComparison.Ordinal);
        Assert.NotEqual(first, second);
    }

    [Fact]
    public void MetadataConverter_MixedValues_InvariantStringsAndNullRemoves()
    {
        var result = MetadataConverter.ToStripe(new Hashtable { ["n"] = 1.5, ["gone"] = null, ["s"] = "x" })!;

        Assert.Equal("1.5", result["n"]);
        Assert.Equal(string.Empty, result["gone"]);
        Assert.Equal("x", result["s"]);
        Assert.Null(MetadataConverter.ToStripe(new Hashtable()));
    }

    [Fact]
    public void MetadataConverter_EmptyKey_ErrorNamesMetadata()
    {
        var error = Assert.Throws<ArgumentException>(() => MetadataConverter.ToStripe(new Hashtable { [" "] = "x" }));

        Assert.Equal("Metadata", error.ParamName);
    }
}
