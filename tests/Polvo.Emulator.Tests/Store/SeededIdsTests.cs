using Polvo.Emulator.Store;

namespace Polvo.Emulator.Tests.Store;

public class SeededIdsTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(999_999)]
    [InlineData(50_000_000)]
    public void Encode_ThenDecode_GivesSameSequence(int seq)
    {
        var ids = new SeededIds("cus_", 14, 42);

        var id = ids.Encode(seq);

        Assert.Matches("^cus_[A-Za-z0-9]{14}$", id);
        Assert.True(ids.TryDecode(id, out var decoded));
        Assert.Equal(seq, decoded);
    }

    [Fact]
    public void TryDecode_RandomIds_AreNotSeeded()
    {
        var ids = new SeededIds("cus_", 14, 42);

        var decoded = Enumerable.Range(0, 2_000).Count(_ => ids.TryDecode(Ids.Random("cus_", 14), out _));

        Assert.Equal(0, decoded);
    }

    [Fact]
    public void TryDecode_OtherSeed_DoesNotMatch()
    {
        var id = new SeededIds("cus_", 14, 1).Encode(7);

        Assert.False(new SeededIds("cus_", 14, 2).TryDecode(id, out var seq) && seq == 7);
    }
}
