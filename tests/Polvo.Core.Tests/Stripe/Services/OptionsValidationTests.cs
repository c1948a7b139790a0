using Polvo.Stripe;
using Polvo.Stripe.Services;

namespace Polvo.Core.Tests.Stripe.Services;

/// <summary>Invalid options fail at the call, before iteration and before any request (the base URL below is never contacted).</summary>
public class OptionsValidationTests : IDisposable
{
    private readonly StripeClient _client = new(new StripeClientOptions { ApiKey = "sk_test_validation", BaseUrl = new Uri("http://127.0.0.1:9/") });

    public void Dispose()
    {
        _client.Dispose();
        GC.SuppressFinalize(this);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    [InlineData(-5)]
    public void ListAsync_LimitOutOfRange_ThrowsNamingLimitAtCall(long limit)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => _client.Customers.ListAsync(new CustomerListOptions { Limit = limit }));
        Assert.Equal("Limit", error.ParamName);
        Assert.Contains("between 1 and 100", error.Message);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(100)]
    public void Validate_LimitAtBounds_IsAccepted(long limit) => new ChargeListOptions { Limit = limit }.Validate();

    [Fact]
    public void ListAsync_StartingAfterAndEndingBefore_ThrowsNamingBoth()
    {
        var error = Assert.Throws<ArgumentException>(() => _client.Charges.ListAsync(new ChargeListOptions { StartingAfter = "ch_1", EndingBefore = "ch_2" }));
        Assert.Contains("StartingAfter", error.Message);
        Assert.Contains("EndingBefore", error.Message);
    }

    [Fact]
    public void ListPagesAsync_InvalidLimit_ThrowsAtCall() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => _client.Charges.ListPagesAsync(new ChargeListOptions { Limit = 1000 }));

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void SearchAsync_EmptyQuery_ThrowsNamingQuery(string query) =>
        Assert.Equal("Query", Assert.Throws<ArgumentException>(() => _client.Customers.SearchAsync(new CustomerSearchOptions { Query = query })).ParamName);

    [Fact]
    public void SearchPagesAsync_LimitOutOfRange_ThrowsNamingLimit() =>
        Assert.Equal("Limit", Assert.Throws<ArgumentOutOfRangeException>(() => _client.Charges.SearchPagesAsync(new ChargeSearchOptions { Query = "amount>1", Limit = 0 })).ParamName);

    [Fact]
    public void SearchAsync_NullOptions_ThrowsArgumentNull() =>
        Assert.Throws<ArgumentNullException>(() => _client.Customers.SearchAsync(null!));

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void GetAsync_EmptyId_ThrowsNamingId(string id) =>
        Assert.Equal("id", Assert.Throws<ArgumentException>(() => { _ = _client.Customers.GetAsync(id); }).ParamName);

    [Fact]
    public void DeleteAsync_EmptyId_ThrowsNamingId() =>
        Assert.Equal("id", Assert.Throws<ArgumentException>(() => { _ = _client.Customers.DeleteAsync(""); }).ParamName);

    [Fact]
    public void CreateAsync_ChargeWithoutAmount_ThrowsNamingAmount() =>
        Assert.Equal("Amount", Assert.Throws<ArgumentOutOfRangeException>(() => { _ = _client.Charges.CreateAsync(new ChargeCreateOptions { Currency = "usd" }); }).ParamName);

    [Fact]
    public void CreateAsync_ChargeWithoutCurrency_ThrowsNamingCurrency() =>
        Assert.Equal("Currency", Assert.Throws<ArgumentException>(() => { _ = _client.Charges.CreateAsync(new ChargeCreateOptions { Amount = 100 }); }).ParamName);

    [Fact]
    public void Validate_RequiredListMissing_ThrowsNamingItInBothTerms()
    {
        var error = Assert.Throws<ArgumentException>(new PaymentLinkCreateOptions().Validate);
        Assert.Equal("LineItems", error.ParamName);
        Assert.Contains("line_items", error.Message);
    }

    [Fact]
    public void Validate_RequiredListInExtraParameters_IsAccepted() =>
        new PaymentLinkCreateOptions
        {
            ExtraParameters = new() { ["line_items"] = new List<object?> { new Dictionary<string, object?> { ["price"] = "price_1", ["quantity"] = 1 } } },
        }.Validate();

    [Fact]
    public void Validate_RequiredStringInExtraParameters_IsAccepted() =>
        new InvoiceItemCreateOptions { ExtraParameters = new() { ["customer"] = "cus_1" } }.Validate();

    [Fact]
    public void Validate_RequiredInExtraParametersAsNull_StillThrows() =>
        Assert.Equal("LineItems", Assert.Throws<ArgumentException>(new PaymentLinkCreateOptions { ExtraParameters = new() { ["line_items"] = null } }.Validate).ParamName);

    [Fact]
    public void GetAsync_EmptyExpandEntry_ThrowsNamingExpand() =>
        Assert.Equal("Expand", Assert.Throws<ArgumentException>(() => { _ = _client.Charges.GetAsync("ch_1", new ChargeGetOptions { Expand = [""] }); }).ParamName);

    [Theory]
    [InlineData("https://evil.example/v1/customers")]
    [InlineData("//evil.example/v1/customers")]
    [InlineData("")]
    public void RawSendAsync_AbsoluteOrEmptyPath_ThrowsNamingPath(string path) =>
        Assert.Equal("path", Assert.Throws<ArgumentException>(() => { _ = _client.Raw.SendAsync(HttpMethod.Get, path); }).ParamName);

    [Fact]
    public void RawListAllAsync_AbsolutePath_ThrowsAtCall() =>
        Assert.Throws<ArgumentException>(() => _client.Raw.ListAllAsync("http://evil.example/v1/charges"));
}
