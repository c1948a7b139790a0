namespace Polvo.Stripe.Http;

/// <summary>
/// Sends one attempt of a request and returns the buffered response. This is the resilience seam:
/// a retry pipeline or rate limiter wraps the requestor's <see cref="StripeRequestor.SendAttemptAsync"/>
/// and may call it several times with the same <see cref="StripeRequest"/> (disposing responses it discards).
/// </summary>
internal delegate Task<HttpResponseMessage> StripeSendAsync(StripeRequest request, CancellationToken cancellationToken);
