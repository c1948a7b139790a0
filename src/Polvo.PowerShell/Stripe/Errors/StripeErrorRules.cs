using Polvo.PowerShell.Errors;
using Polvo.Stripe.Configuration;
using Polvo.Stripe.Errors;
using Polvo.Stripe.Services;

namespace Polvo.PowerShell.Stripe.Errors;

/// <summary>
/// The error records of Polvo.Core's Stripe exceptions: ErrorId is Stripe's error code where there is one (such
/// as <c>resource_missing</c>), else a stable name per kind (<c>StripeCardError</c>, ...); the category fits the
/// status; ErrorDetails carry the request id and what to do.
/// </summary>
internal static class StripeErrorRules
{
    /// <summary>Adds a rule for each Stripe exception type to <paramref name="mapper"/>.</summary>
    public static PolvoErrorMapper AddStripeRules(this PolvoErrorMapper mapper)
    {
        ArgumentNullException.ThrowIfNull(mapper);
        return mapper
            .Add<StripeNotFoundException>(ex => Create(ex, "StripeNotFound", PolvoErrorCategory.ObjectNotFound,
                ex.Code is null
                    ? "Check the API path (Invoke-PolvoStripeRequest -Path), such as /v1/customers or /v1/charges/ch_123: Stripe knows no such URL."
                    : "Check the id, and that the key (or -StripeAccount of Connect-PolvoStripe) belongs to the account that holds the object."))
            .Add<StripeAuthenticationException>(ex => Create(ex, "StripeAuthenticationError", PolvoErrorCategory.AuthenticationError,
                $"Connect again with a valid secret key: Connect-PolvoStripe -ApiKey, or set {StripeEnvironmentVariables.ApiKey}."))
            .Add<StripePermissionException>(ex => Create(ex, "StripePermissionError", PolvoErrorCategory.PermissionDenied,
                "Use a key allowed to do this (a restricted rk_ key may be read-only), or grant the permission in the Stripe dashboard."))
            .Add<StripeInvalidRequestException>(ex => Create(ex, "StripeInvalidRequest", PolvoErrorCategory.InvalidArgument,
                ex.Param is null ? "Correct the request and run the command again." : $"Correct the value of '{ex.Param}' and run the command again."))
            .Add<StripeIdempotencyException>(ex => Create(ex, "StripeIdempotencyError", PolvoErrorCategory.InvalidArgument,
                "An idempotency key was reused with different parameters: use a new -IdempotencyKey, or send the same parameters again."))
            .Add<StripeCardException>(ex => Create(ex, "StripeCardError", PolvoErrorCategory.InvalidOperation,
                "The card was declined: use another payment method, or ask the customer to contact the card issuer."))
            .Add<StripeRateLimitException>(ex => Create(ex, "StripeRateLimited", PolvoErrorCategory.LimitsExceeded,
                "Too many requests even after retries: lower -RequestsPerSecond or -ThrottleLimit, and run the command again later."))
            .Add<StripeTimeoutException>(ex => Create(ex, "StripeTimeout", PolvoErrorCategory.OperationTimeout,
                "Run the command again; if it keeps timing out, check the network and the status of Stripe.",
                $"Stripe did not answer in time: {ex.InnerException?.Message ?? "the request timed out."}"))
            .Add<StripeConnectionException>(ex => Create(ex, "StripeConnectionFailed", PolvoErrorCategory.ConnectionError,
                $"Check the network connection and the -BaseUrl of Connect-PolvoStripe (or {StripeEnvironmentVariables.BaseUrl}), then run the command again.",
                $"Could not reach Stripe: {ex.InnerException?.Message ?? "the connection failed."}"))
            .Add<StripeConfigurationException>(ex => Create(ex, "StripeConfigurationError", PolvoErrorCategory.InvalidArgument,
                $"Run Connect-PolvoStripe with a secret key and a valid -BaseUrl, or set {StripeEnvironmentVariables.ApiKey}."))
            .Add<StripeApiException>(ex => ex.Code == RawPage.NotAListCode
                ? Create(ex, RawPage.NotAListCode, PolvoErrorCategory.InvalidArgument,
                    "Remove -All: it follows the pages of list and search paths (such as /v1/customers or /v1/charges/search), and this path returns one object.")
                : Create(ex, "StripeApiError",
                ex.HttpStatus is { } status && (int)status >= 500 ? PolvoErrorCategory.ResourceUnavailable : PolvoErrorCategory.ProtocolError,
                "Stripe could not complete the request: run the command again later; give the request id to Stripe support if it persists."));
    }

    private static PolvoErrorInfo Create(StripeException exception, string fallbackId, PolvoErrorCategory category, string recommendedAction, string? message = null) =>
        new(string.IsNullOrWhiteSpace(exception.Code) ? fallbackId : exception.Code, category, message ?? WithoutRequestId(exception))
        {
            Exception = exception,
            RequestId = exception.RequestId,
            RecommendedAction = recommendedAction,
        };

    /// <summary>The message without Polvo.Core's "request req_..." detail: ErrorDetails adds "(request id: req_...)" once.</summary>
    private static string WithoutRequestId(StripeException exception) => exception.RequestId is { Length: > 0 } id
        ? exception.Message.Replace($", request {id}", string.Empty, StringComparison.Ordinal).Replace($" (request {id})", string.Empty, StringComparison.Ordinal)
        : exception.Message;
}
