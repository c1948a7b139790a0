using Polvo.Emulator.Http;

namespace Polvo.Emulator.Idempotency;

/// <summary>Runs a POST that carries an <c>Idempotency-Key</c>: replay, reject a mismatch or conflict, or run and keep.</summary>
internal static class IdempotentRunner
{
    public static async Task RunAsync(HttpContext context, ApiRequest request, Func<ApiRequest, ApiResult> handler,
        RequestState requestState, string key, string fingerprint)
    {
        if (key.Length > 255)
        {
            throw ApiErrors.BadRequest("The Idempotency-Key header can be at most 255 characters long; use a shorter key such as a UUID.");
        }

        var store = request.State.Idempotency;
        var scope = requestState.ApiKey + "\n" + key;
        var existing = store.Begin(scope, fingerprint, out var started);
        if (!started) await ReplayAsync(context, existing!, key, fingerprint).ConfigureAwait(false);
        else await RunAndKeepAsync(context, request, handler, requestState, store, scope).ConfigureAwait(false);
    }

    private static Task ReplayAsync(HttpContext context, IdempotencyRecord record, string key, string fingerprint)
    {
        if (record.Fingerprint != fingerprint)
        {
            throw new ApiException(400, "idempotency_error",
                $"Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '{ApiErrors.Shorten(key)}' if you meant to execute a different request.");
        }

        if (record.InFlight)
        {
            throw new ApiException(409, "idempotency_error",
                "There is currently another in-progress request using this Idempotency-Key. Retry the request after the first one has finished.")
            { Code = "idempotency_key_in_use", ShouldRetry = true };
        }

        context.Response.Headers["Idempotent-Replayed"] = "true";
        context.Response.Headers["Original-Request"] = record.RequestId;
        return JsonResponse.WriteBytesAsync(context, record.Status, record.Body!);
    }

    private static async Task RunAndKeepAsync(HttpContext context, ApiRequest request, Func<ApiRequest, ApiResult> handler,
        RequestState requestState, IdempotencyStore store, string scope)
    {
        int status;
        byte[] body;
        try
        {
            var result = handler(request);
            status = result.Status;
            body = JsonResponse.Render(result.Body);
        }
        catch (ApiException error) when (error.ChargeId is not null)
        {
            // The endpoint ran (a failed charge exists), so Stripe keeps this answer too.
            if (error.ShouldRetry is bool retry) context.Response.Headers["Stripe-Should-Retry"] = retry ? "true" : "false";
            status = error.Status;
            body = JsonResponse.Render(ErrorWriter.Body(error));
        }
        catch
        {
            store.Abandon(scope);
            throw;
        }

        store.Complete(scope, status, body, requestState.RequestId);
        if (ApiDispatcher.DropAfterCommit(context, requestState)) return;
        await JsonResponse.WriteBytesAsync(context, status, body).ConfigureAwait(false);
    }
}
