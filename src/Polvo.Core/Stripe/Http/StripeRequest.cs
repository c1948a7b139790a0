namespace Polvo.Stripe.Http;

/// <summary>
/// One logical Stripe request, immutable so that every attempt (including retries) builds an identical
/// <see cref="HttpRequestMessage"/> with the same parameters and the same <c>Idempotency-Key</c>.
/// </summary>
internal sealed class StripeRequest
{
    private StripeRequest(HttpMethod method, string path, IReadOnlyList<KeyValuePair<string, string>> parameters, string? idempotencyKey, string? stripeAccount, string? label = null)
    {
        Method = method;
        Path = path;
        Parameters = parameters;
        IdempotencyKey = idempotencyKey;
        StripeAccount = stripeAccount;
        Label = label ?? $"{method} /{path}";
    }

    public HttpMethod Method { get; }

    /// <summary>Gets the path relative to the base URL, without a leading slash, such as <c>v1/customers</c>.</summary>
    public string Path { get; }

    public IReadOnlyList<KeyValuePair<string, string>> Parameters { get; }

    /// <summary>Gets the idempotency key; set on every POST (the caller's, else generated once here).</summary>
    public string? IdempotencyKey { get; }

    /// <summary>Gets the per-request <c>Stripe-Account</c> override.</summary>
    public string? StripeAccount { get; }

    /// <summary>Gets the request as retry notices and errors name it, such as <c>GET /v1/customers</c> (built once, not per attempt).</summary>
    public string Label { get; }

    public static StripeRequest Create(HttpMethod method, string path, IReadOnlyList<KeyValuePair<string, string>>? parameters, RequestOptions? requestOptions)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var idempotencyKey = method == HttpMethod.Post
            ? (string.IsNullOrWhiteSpace(requestOptions?.IdempotencyKey) ? "polvo-" + Guid.NewGuid().ToString("N") : requestOptions.IdempotencyKey)
            : null;
        var account = string.IsNullOrWhiteSpace(requestOptions?.StripeAccount) ? null : requestOptions.StripeAccount;
        return new StripeRequest(method, path.TrimStart('/'), parameters ?? [], idempotencyKey, account);
    }

    /// <summary>Returns the same request with different parameters (the next page of a list), keeping method, path and overrides.</summary>
    public StripeRequest WithParameters(IReadOnlyList<KeyValuePair<string, string>> parameters) =>
        new(Method, Path, parameters, IdempotencyKey, StripeAccount, Label);
}
