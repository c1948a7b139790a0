using Polvo.PowerShell.Stripe.Output;
using Polvo.PowerShell.Stripe.Paging;

namespace Polvo.PowerShell.Tests.Stripe.Paging;

public class PagingRequestTests
{
    [Theory]
    [InlineData(0UL, ulong.MaxValue, 100, 100)]
    [InlineData(0UL, 5UL, 100, 5)]
    [InlineData(3UL, 4UL, 2, 2)]
    [InlineData(ulong.MaxValue, 10UL, 100, 100)]
    [InlineData(0UL, 0UL, 100, 1)]
    public void LimitFor_SkipAndFirst_RequestsNoMoreThanNeeded(ulong skip, ulong first, int pageSize, int expected)
    {
        Assert.Equal(expected, new PagingRequest(skip, first).LimitFor(pageSize));
    }

    [Fact]
    public void TotalCountOutput_From_KnownOrUnknown()
    {
        Assert.Equal(new TotalCountOutput(12, 1.0), TotalCountOutput.From(12));
        Assert.Equal(new TotalCountOutput(null, 0.0), TotalCountOutput.From(null));
    }
}
