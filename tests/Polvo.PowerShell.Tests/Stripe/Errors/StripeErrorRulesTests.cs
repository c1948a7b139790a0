using System.Net;
using Polvo.PowerShell.Errors;
using Polvo.Stripe.Errors;

namespace Polvo.PowerShell.Tests.Stripe.Errors;

public class StripeErrorRulesTests
{
    public static TheoryData<StripeException, string, string> Cases() => new()
    {
        { new StripeNotFoundException("m", Error(404, code: "resource_missing")), "resource_missing", nameof(PolvoErrorCategory.ObjectNotFound) },
        { new StripeNotFoundException("m", Error(404)), "StripeNotFound", nameof(PolvoErrorCategory.ObjectNotFound) },
        { new StripeAuthenticationException("m", Error(401)), "StripeAuthenticationError", nameof(PolvoErrorCategory.AuthenticationError) },
        { new StripePermissionException("m", Error(403)), "StripePermissionError", nameof(PolvoErrorCategory.PermissionDenied) },
        { new StripeInvalidRequestException("m", Error(400, code: "parameter_invalid_integer")), "parameter_invalid_integer", nameof(PolvoErrorCategory.InvalidArgument) },
        { new StripeIdempotencyException("m", Error(400)), "StripeIdempotencyError", nameof(PolvoErrorCategory.InvalidArgument) },
        { new StripeCardException("m", Error(402, code: "card_declined")), "card_declined", nameof(PolvoErrorCategory.InvalidOperation) },
        { new StripeCardException("m", Error(402)), "StripeCardError", nameof(PolvoErrorCategory.InvalidOperation) },
        { new StripeRateLimitException("m", Error(429, code: "rate_limit")), "rate_limit", nameof(PolvoErrorCategory.LimitsExceeded) },
        { new StripeTimeoutException("m"), "StripeTimeout", nameof(PolvoErrorCategory.OperationTimeout) },
        { new StripeConnectionException("m"), "StripeConnectionFailed", nameof(PolvoErrorCategory.ConnectionError) },
        { new StripeConfigurationException("m"), "StripeConfigurationError", nameof(PolvoErrorCategory.InvalidArgument) },
        { new StripeApiException("m", Error(503)), "StripeApiError", nameof(PolvoErrorCategory.ResourceUnavailable) },
        { new StripeApiException("m", Error(302)), "StripeApiError", nameof(PolvoErrorCategory.ProtocolError) },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Map_StripeException_StableIdCategoryAndAdvice(StripeException exception, string errorId, string category)
    {
        var error = PolvoErrorMapper.Default.Map(exception, "cus_1")!;

        Assert.Equal(errorId, error.ErrorId);
        Assert.Equal(category, error.Category.ToString());
        Assert.Equal("cus_1", error.TargetObject);
        Assert.False(string.IsNullOrWhiteSpace(error.RecommendedAction));
        Assert.Same(exception, error.Exception);
    }

    [Fact]
    public void Map_WithRequestId_DetailsCarryIt()
    {
        var error = PolvoErrorMapper.Default.Map(new StripeRateLimitException("Too many requests.", Error(429, requestId: "req_abc")))!;

        Assert.Equal("req_abc", error.RequestId);
        Assert.Equal("Too many requests. (request id: req_abc)", error.DetailsMessage);
        Assert.Contains("-RequestsPerSecond", error.RecommendedAction);
    }

    private static StripeError Error(int status, string? code = null, string? requestId = null) =>
        new() { HttpStatus = (HttpStatusCode)status, Code = code, RequestId = requestId, Type = "invalid_request_error" };
}
