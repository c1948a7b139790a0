using System.Management.Automation;
using Polvo.PowerShell.Errors;

namespace Polvo.PowerShell.Tests.Errors;

public class PolvoErrorInfoTests
{
    [Fact]
    public void PolvoErrorCategory_EveryName_IsAnSmaErrorCategoryName()
    {
        var smaNames = Enum.GetNames<ErrorCategory>().ToHashSet(StringComparer.Ordinal);

        Assert.All(Enum.GetNames<PolvoErrorCategory>(), name => Assert.Contains(name, smaNames));
    }

    [Theory]
    [InlineData("", "message")]
    [InlineData("Id", " ")]
    public void Constructor_BlankIdOrMessage_Throws(string id, string message)
    {
        Assert.ThrowsAny<ArgumentException>(() => new PolvoErrorInfo(id, PolvoErrorCategory.NotSpecified, message));
    }

    [Fact]
    public void WithTarget_CopiesEveryOtherField()
    {
        var ex = new InvalidOperationException("x");
        var error = new PolvoErrorInfo("resource_missing", PolvoErrorCategory.ObjectNotFound, "No such customer")
        {
            RequestId = "req_1",
            RecommendedAction = "Check the id.",
            Exception = ex,
        };

        PolvoErrorInfo copy = error.WithTarget("cus_9");

        Assert.Equal(("resource_missing", PolvoErrorCategory.ObjectNotFound, "No such customer", "req_1", "Check the id.", (object?)"cus_9"),
            (copy.ErrorId, copy.Category, copy.Message, copy.RequestId, copy.RecommendedAction, copy.TargetObject));
        Assert.Same(ex, copy.Exception);
    }

    [Fact]
    public void DetailsMessage_WithAndWithoutRequestId_AddsTheRequestId()
    {
        var error = new PolvoErrorInfo("rate_limit", PolvoErrorCategory.LimitsExceeded, "Too many requests.");

        Assert.Equal("Too many requests.", error.DetailsMessage);
        Assert.Equal("Too many requests. (request id: req_42)", new PolvoErrorInfo(error.ErrorId, error.Category, error.Message) { RequestId = "req_42" }.DetailsMessage);
    }
}
