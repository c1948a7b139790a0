namespace Polvo.PowerShell.Stripe.Raw;

/// <summary>The parameters of Invoke-PolvoStripeRequest.</summary>
internal sealed class InvokeRequestRequest : StripeCommandRequest
{
    /// <summary>GET, POST or DELETE.</summary>
    public required string Method { get; init; }

    /// <summary>The API path, such as <c>/v1/customers</c>.</summary>
    public required string Path { get; init; }

    /// <summary>The parameters: query string for GET and DELETE, form body for POST (nested dictionaries and lists allowed).</summary>
    public IReadOnlyDictionary<string, object?>? Body { get; init; }

    /// <summary>Stream every item of a list or search response, following its pages (GET only).</summary>
    public bool All { get; init; }

    /// <summary>The idempotency key of a POST, or null for a generated one.</summary>
    public string? IdempotencyKey { get; init; }
}
