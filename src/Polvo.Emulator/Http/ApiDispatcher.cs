using Polvo.Emulator.Hosting;
using Polvo.Emulator.Idempotency;
using Polvo.Emulator.Spec;

namespace Polvo.Emulator.Http;

/// <summary>
/// Runs an endpoint handler: checks write permission, parses parameters, applies idempotency to POSTs,
/// writes the answer (or Stripe's error envelope) and injects drops after commit.
/// </summary>
internal sealed class ApiDispatcher(EmulatorState state)
{
    public RequestDelegate Handle(Func<ApiRequest, ApiResult> handler) => context => RunAsync(context, handler);

    private async Task RunAsync(HttpContext context, Func<ApiRequest, ApiResult> handler)
    {
        var requestState = RequestState.Of(context);
        try
        {
            var method = context.Request.Method;
            if (ApiKey.IsRestricted(requestState.ApiKey) && (HttpMethods.IsPost(method) || HttpMethods.IsDelete(method)))
            {
                throw new ApiException(403, "permission_error",
                    $"The provided key '{ApiKey.Mask(requestState.ApiKey)}' does not have the required permissions for this endpoint. This emulator treats restricted (rk_) keys as read-only; use a secret (sk_) key to write.");
            }

            var pairs = await RequestParams.ReadAsync(context.Request).ConfigureAwait(false);
            var root = FormParser.Parse(pairs);
            var operation = FindOperation(context.Request);
            if (operation is not null) Validator.Validate(root, operation.Request);
            var request = new ApiRequest(context, new ParamReader(root, schemaChecked: operation is not null), state, operation);
            var idempotencyKey = HttpMethods.IsPost(method) ? context.Request.Headers["Idempotency-Key"].ToString() : string.Empty;
            if (idempotencyKey.Length > 0)
            {
                var fingerprint = method + " " + context.Request.Path + "\n" + FormParser.Fingerprint(pairs);
                await IdempotentRunner.RunAsync(context, request, handler, requestState, idempotencyKey, fingerprint).ConfigureAwait(false);
                return;
            }

            var result = handler(request);
            if (HttpMethods.IsPost(method) && DropAfterCommit(context, requestState)) return;
            await JsonResponse.WriteAsync(context, result.Status, result.Body).ConfigureAwait(false);
        }
        catch (ApiException error)
        {
            if (error.ChargeId is not null && DropAfterCommit(context, requestState)) return;
            await ErrorWriter.WriteAsync(context, error).ConfigureAwait(false);
        }
        catch (Exception error) when (error is not OperationCanceledException && !context.Response.HasStarted)
        {
            // A fault in the emulator itself: answer as Stripe answers its own faults, naming the cause so it can be reported.
            await ErrorWriter.WriteAsync(context, new ApiException(500, "api_error",
                $"The emulator failed while handling {context.Request.Method} {context.Request.Path}: {error.GetType().Name}: {error.Message}")).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Runs the description lookup and the schema check once on a sample request, so their one-time costs (loading,
    /// JIT) are paid at start-up and not by the first caller, whose answer must be as quick as the rest.
    /// </summary>
    public static void WarmUp()
    {
        var operation = ApiDescription.Shared.Find("GET", ["v1", "customers"]);
        if (operation is not null) Validator.Validate(FormParser.Parse([new("limit", "1"), new("expand[]", "data.default_source")]), operation.Request);
    }

    private static SchemaValidator Validator => LazyValidator.Value;

    private static readonly Lazy<SchemaValidator> LazyValidator = new(() => new SchemaValidator(ApiDescription.Shared));

    private static ApiOperation? FindOperation(HttpRequest request)
    {
        var segments = (request.Path.Value ?? "/").Split('/', StringSplitOptions.RemoveEmptyEntries);
        return ApiDescription.Shared.Find(request.Method, segments);
    }

    internal static bool DropAfterCommit(HttpContext context, RequestState requestState)
    {
        var faults = context.RequestServices.GetRequiredService<EmulatorState>().Faults;
        if (!faults.RollResetAfterCommit()) return false;
        requestState.Fault = EmulatorFault.ResetAfterCommit;
        context.Abort();
        return true;
    }
}
