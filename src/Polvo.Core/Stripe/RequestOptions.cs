namespace Polvo.Stripe;

/// <summary>Per-request settings that override the client's, passed as the <c>requestOptions</c> argument of any operation.</summary>
public sealed class RequestOptions
{
    /// <summary>
    /// Gets or sets the <c>Idempotency-Key</c> of a POST. Retries of the same logical request always
    /// reuse one key, so a retried write never creates a duplicate.
    /// </summary>
    /// <value>The default value is <see langword="null"/>: Polvo generates one key per logical request.</value>
    public string? IdempotencyKey { get; set; }

    /// <summary>Gets or sets the connected account this request acts for (<c>Stripe-Account</c> header).</summary>
    /// <value>The default value is <see langword="null"/>: <see cref="StripeClientOptions.StripeAccount"/>.</value>
    public string? StripeAccount { get; set; }
}
