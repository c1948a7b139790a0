using Polvo.Stripe;
using Polvo.Stripe.Configuration;
using Polvo.Stripe.Http;

namespace Polvo.Core.Tests.Stripe.Http;

public class StripeRequestTests
{
    private const string Secret = "sk_test_RequestSecret77";

    private static StripeRequestor Requestor(string? account = null) => new(
        StripeClientSettings.Create(new StripeClientOptions { ApiKey = Secret, BaseUrl = new Uri("http://127.0.0.1:12111/"), StripeAccount = account }, _ => null),
        new HttpClient(),
        ownsHttpClient: true);

    private static readonly IReadOnlyList<KeyValuePair<string, string>> Email = [new("email", "a@example.com")];

    [Fact]
    public void Create_PostWithoutKey_GeneratesOneKeyReusedByEveryAttempt()
    {
        using var requestor = Requestor();
        var request = StripeRequest.Create(HttpMethod.Post, "/v1/customers", Email, null);
        using var first = requestor.CreateHttpRequest(request);
        using var second = requestor.CreateHttpRequest(request);
        var key = Assert.Single(first.Headers.GetValues("Idempotency-Key"));
        Assert.False(string.IsNullOrWhiteSpace(key));
        Assert.Equal(key, Assert.Single(second.Headers.GetValues("Idempotency-Key")));
        Assert.NotSame(first, second);
    }

    [Fact]
    public void Create_TwoLogicalPosts_GetDifferentKeys() =>
        Assert.NotEqual(
            StripeRequest.Create(HttpMethod.Post, "v1/customers", Email, null).IdempotencyKey,
            StripeRequest.Create(HttpMethod.Post, "v1/customers", Email, null).IdempotencyKey);

    [Fact]
    public void Create_CallerKey_IsUsed() =>
        Assert.Equal("order-42", StripeRequest.Create(HttpMethod.Post, "v1/charges", null, new RequestOptions { IdempotencyKey = "order-42" }).IdempotencyKey);

    [Fact]
    public void Create_Get_HasNoIdempotencyKey() =>
        Assert.Null(StripeRequest.Create(HttpMethod.Get, "v1/customers", null, new RequestOptions { IdempotencyKey = "k" }).IdempotencyKey);

    [Fact]
    public async Task CreateHttpRequest_Post_SendsFormBodyAndStripeHeaders()
    {
        using var requestor = Requestor();
        using var message = requestor.CreateHttpRequest(StripeRequest.Create(HttpMethod.Post, "/v1/customers", Email, null));
        Assert.Equal("http://127.0.0.1:12111/v1/customers", message.RequestUri!.AbsoluteUri);
        Assert.Equal("application/x-www-form-urlencoded", message.Content!.Headers.ContentType!.MediaType);
        Assert.Equal("email=a%40example.com", await message.Content.ReadAsStringAsync());
        Assert.Equal("2020-08-27", Assert.Single(message.Headers.GetValues("Stripe-Version")));
        Assert.Equal("Bearer " + Secret, message.Headers.Authorization!.ToString());
        Assert.False(message.Headers.Contains("Stripe-Account"));
    }

    [Fact]
    public void CreateHttpRequest_Get_PutsParametersInQueryString()
    {
        using var requestor = Requestor();
        using var message = requestor.CreateHttpRequest(StripeRequest.Create(HttpMethod.Get, "v1/customers", [new("limit", "3"), new("expand[0]", "data.default_source")], null));
        Assert.Equal("/v1/customers?limit=3&expand[0]=data.default_source", message.RequestUri!.PathAndQuery);
        Assert.Null(message.Content);
    }

    [Fact]
    public void CreateHttpRequest_AccountInOptionsAndOverride_OverrideWins()
    {
        using var requestor = Requestor(account: "acct_client");
        using var byClient = requestor.CreateHttpRequest(StripeRequest.Create(HttpMethod.Get, "v1/charges", null, null));
        using var byRequest = requestor.CreateHttpRequest(StripeRequest.Create(HttpMethod.Get, "v1/charges", null, new RequestOptions { StripeAccount = "acct_request" }));
        Assert.Equal("acct_client", Assert.Single(byClient.Headers.GetValues("Stripe-Account")));
        Assert.Equal("acct_request", Assert.Single(byRequest.Headers.GetValues("Stripe-Account")));
    }

    [Fact]
    public void RedactedHeaders_Authorization_ShowsRedactedKeyOnly()
    {
        using var requestor = Requestor();
        using var message = requestor.CreateHttpRequest(StripeRequest.Create(HttpMethod.Post, "v1/customers", null, null));
        var headers = requestor.RedactedHeaders(message);
        Assert.Contains(new KeyValuePair<string, string>("Authorization", "Bearer sk_test_…(redacted)"), headers);
        Assert.DoesNotContain(headers, h => h.Value.Contains("RequestSecret77", StringComparison.Ordinal));
    }
}
