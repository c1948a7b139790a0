using System.Net;
using System.Text;
using Polvo.Stripe.Configuration;
using Polvo.Stripe.Errors;
using Polvo.Stripe.Http;

namespace Polvo.Core.Tests.Stripe.Http;

public class StripeErrorMapperTests
{
    private const string Secret = "sk_test_MapperSecret42";
    private static readonly StripeApiKey Key = new(Secret);

    private static byte[] Envelope(string type, string? code = null, string? param = null, string message = "Something failed.", string? declineCode = null) =>
        Encoding.UTF8.GetBytes(
            "{\"error\":{\"type\":\"" + type + "\",\"code\":" + Json(code) + ",\"param\":" + Json(param) + ",\"message\":\"" + message +
            "\",\"decline_code\":" + Json(declineCode) + ",\"doc_url\":\"https://stripe.com/docs/error-codes/x\"}}");

    private static string Json(string? value) => value is null ? "null" : $"\"{value}\"";

    [Theory]
    [InlineData(400, "invalid_request_error", typeof(StripeInvalidRequestException))]
    [InlineData(401, "invalid_request_error", typeof(StripeAuthenticationException))]
    [InlineData(402, "card_error", typeof(StripeCardException))]
    [InlineData(403, "invalid_request_error", typeof(StripePermissionException))]
    [InlineData(404, "invalid_request_error", typeof(StripeNotFoundException))]
    [InlineData(409, "idempotency_error", typeof(StripeIdempotencyException))]
    [InlineData(400, "idempotency_error", typeof(StripeIdempotencyException))]
    [InlineData(429, "rate_limit_error", typeof(StripeRateLimitException))]
    [InlineData(500, "api_error", typeof(StripeApiException))]
    [InlineData(503, "api_error", typeof(StripeApiException))]
    [InlineData(409, "invalid_request_error", typeof(StripeApiException))]
    public void Map_StatusAndType_GivesMatchingException(int status, string type, Type expected)
    {
        var error = StripeErrorMapper.Map((HttpStatusCode)status, "req_1", Envelope(type), Key);
        Assert.IsType(expected, error);
        Assert.Equal((HttpStatusCode)status, error.HttpStatus);
        Assert.Equal(type, error.Type);
    }

    [Fact]
    public void Map_FullEnvelope_ExposesEveryField()
    {
        var error = StripeErrorMapper.Map(HttpStatusCode.PaymentRequired, "req_abc", Envelope("card_error", "card_declined", "source", "Your card was declined.", "insufficient_funds"), Key);
        Assert.Equal("card_declined", error.Code);
        Assert.Equal("source", error.Param);
        Assert.Equal("insufficient_funds", error.DeclineCode);
        Assert.Equal("https://stripe.com/docs/error-codes/x", error.DocUrl);
        Assert.Equal("req_abc", error.RequestId);
        Assert.Equal("Your card was declined.", error.StripeMessage);
        Assert.Contains("Your card was declined.", error.Message);
        Assert.Contains("HTTP 402", error.Message);
        Assert.Contains("req_abc", error.Message);
    }

    [Fact]
    public void Map_NotFound_NamesCodeAndParamInMessage()
    {
        var error = StripeErrorMapper.Map(HttpStatusCode.NotFound, null, Envelope("invalid_request_error", "resource_missing", "id", "No such customer: 'cus_x'"), Key);
        Assert.Contains("code resource_missing", error.Message);
        Assert.Contains("param id", error.Message);
    }

    [Fact]
    public void Map_MessageEchoesKey_KeyIsRedactedEverywhere()
    {
        var error = StripeErrorMapper.Map(HttpStatusCode.Unauthorized, null, Envelope("invalid_request_error", message: $"Invalid API Key provided: {Secret}"), Key);
        Assert.DoesNotContain(Secret, error.Message);
        Assert.DoesNotContain(Secret, error.StripeMessage);
        Assert.DoesNotContain(Secret, error.ToString());
        Assert.Contains("sk_test_…(redacted)", error.Message);
    }

    [Fact]
    public void Map_HtmlBody_GivesApiExceptionWithStatusAndBodyStart()
    {
        var body = "<html><body>502 Bad Gateway" + new string('x', 500) + "</body></html>";
        var error = Assert.IsType<StripeApiException>(StripeErrorMapper.Map(HttpStatusCode.BadGateway, "req_9", Encoding.UTF8.GetBytes(body), Key));
        Assert.Contains("HTTP 502", error.Message);
        Assert.Contains("<html><body>502 Bad Gateway", error.Message);
        Assert.DoesNotContain(new string('x', 250), error.Message);
        Assert.Equal(HttpStatusCode.BadGateway, error.HttpStatus);
        Assert.Equal("req_9", error.RequestId);
    }

    [Fact]
    public void Map_JsonWithoutErrorObject_GivesApiExceptionWithBodyStart()
    {
        var error = Assert.IsType<StripeApiException>(StripeErrorMapper.Map(HttpStatusCode.BadRequest, null, """{"message":"nope"}"""u8.ToArray(), Key));
        Assert.Contains("""{"message":"nope"}""", error.Message);
    }

    [Fact]
    public void Map_EmptyBody_SaysEmpty() =>
        Assert.Contains("(empty)", StripeErrorMapper.Map(HttpStatusCode.InternalServerError, null, [], Key).Message);
}
