using Polvo.PowerShell.Errors;

namespace Polvo.PowerShell.Tests.Errors;

public class PolvoErrorMapperTests
{
    private readonly PolvoErrorMapper _mapper = PolvoErrorMapper.CreateDefault();

    [Fact]
    public void Map_HttpRequestException_ConnectionErrorWithAction()
    {
        var ex = new HttpRequestException("Connection refused (127.0.0.1:12111)");

        PolvoErrorInfo error = _mapper.Map(ex, "cus_1")!;

        Assert.Equal("ConnectionFailed", error.ErrorId);
        Assert.Equal(PolvoErrorCategory.ConnectionError, error.Category);
        Assert.Equal("cus_1", error.TargetObject);
        Assert.Same(ex, error.Exception);
        Assert.Contains("-BaseUrl", error.RecommendedAction);
    }

    [Fact]
    public void Map_TimeoutException_OperationTimeout()
    {
        PolvoErrorInfo error = _mapper.Map(new TimeoutException("too slow"))!;

        Assert.Equal(PolvoErrorCategory.OperationTimeout, error.Category);
        Assert.Equal("OperationTimedOut", error.ErrorId);
    }

    [Fact]
    public void Map_HttpClientTimeout_OperationTimeoutNotCancellation()
    {
        var ex = new TaskCanceledException("The request was canceled due to the configured HttpClient.Timeout", new TimeoutException());

        Assert.Equal(PolvoErrorCategory.OperationTimeout, _mapper.Map(ex)!.Category);
    }

    [Fact]
    public void Map_OperationCanceled_NotAnError()
    {
        Assert.Null(_mapper.Map(new OperationCanceledException()));
        Assert.Null(_mapper.Map(new TaskCanceledException()));
    }

    [Fact]
    public void Map_ArgumentException_InvalidArgumentNamingTheParameter()
    {
        PolvoErrorInfo error = _mapper.Map(new ArgumentOutOfRangeException("PageSize", 500, "PageSize must be 1-100."))!;

        Assert.Equal(PolvoErrorCategory.InvalidArgument, error.Category);
        Assert.Contains("-PageSize", error.RecommendedAction);
        Assert.Equal("PageSize must be 1-100.", error.Message);
    }

    [Fact]
    public void Map_UnknownException_NotSpecifiedUnexpectedError()
    {
        PolvoErrorInfo error = _mapper.Map(new FormatException("bad"), 7)!;

        Assert.Equal(("UnexpectedError", PolvoErrorCategory.NotSpecified, (object?)7), (error.ErrorId, error.Category, error.TargetObject));
    }

    [Fact]
    public void Map_RuleForDerivedType_MostDerivedRuleWins()
    {
        _mapper.Add<ArgumentNullException>(ex => new PolvoErrorInfo("Missing", PolvoErrorCategory.InvalidArgument, ex.Message));

        Assert.Equal("Missing", _mapper.Map(new ArgumentNullException("Id"))!.ErrorId);
        Assert.Equal("InvalidArgument", _mapper.Map(new ArgumentException("x"))!.ErrorId);
    }

    [Fact]
    public void Map_AggregateWithOneInner_MapsTheInner()
    {
        var error = _mapper.Map(new AggregateException(new HttpRequestException("down")));

        Assert.Equal(PolvoErrorCategory.ConnectionError, error!.Category);
    }

    [Fact]
    public void Map_TerminatingException_ReturnsItsError()
    {
        var inner = new PolvoErrorInfo("NoConnection", PolvoErrorCategory.InvalidOperation, "Run Connect-PolvoStripe.");

        Assert.Same(inner, _mapper.Map(new PolvoTerminatingException(inner)));
    }

    [Fact]
    public void Map_RuleSetsTarget_TargetKept()
    {
        _mapper.Add<KeyNotFoundException>(ex => new PolvoErrorInfo("NotFound", PolvoErrorCategory.ObjectNotFound, ex.Message) { TargetObject = "cus_rule" });

        Assert.Equal("cus_rule", _mapper.Map(new KeyNotFoundException("gone"), "cus_input")!.TargetObject);
    }
}
