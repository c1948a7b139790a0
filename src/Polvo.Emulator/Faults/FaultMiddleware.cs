using Polvo.Emulator.Http;

namespace Polvo.Emulator.Faults;

/// <summary>Injects latency (before authentication), then the rate limit and random faults (after it).</summary>
internal sealed class FaultMiddleware(EmulatorFaults faults, TimeProvider time)
{
    public async Task LatencyAsync(HttpContext context, RequestDelegate next)
    {
        var delay = faults.NextLatency();
        if (delay > TimeSpan.Zero) await Task.Delay(delay, time, context.RequestAborted).ConfigureAwait(false);
        await next(context).ConfigureAwait(false);
    }

    public async Task InjectAsync(HttpContext context, RequestDelegate next)
    {
        var state = RequestState.Of(context);
        if (!faults.TryAcquire(state.ApiKey))
        {
            state.Fault = EmulatorFault.RateLimited;
            await ErrorWriter.WriteAsync(context, new ApiException(429, ApiErrors.InvalidRequest,
                "Request rate limit exceeded. You can learn more about rate limits here https://stripe.com/docs/rate-limits.")
            { Code = "rate_limit" }).ConfigureAwait(false);
            return;
        }

        state.Fault = faults.RollBeforeWork();
        switch (state.Fault)
        {
            case EmulatorFault.ConnectionReset:
                context.Abort();
                return;
            case EmulatorFault.ServerError:
                await ErrorWriter.WriteAsync(context, new ApiException(500, "api_error",
                    "An unexpected error occurred while processing your request (injected by the emulator's --fault-rate). Nothing was changed; the request can be retried.")
                { ShouldRetry = true }).ConfigureAwait(false);
                return;
            case EmulatorFault.LockTimeout:
                await ErrorWriter.WriteAsync(context, new ApiException(429, ApiErrors.InvalidRequest,
                    "This object cannot be accessed right now because another API request or Stripe process is currently accessing it. If you see this error intermittently, retry the request. (Injected by the emulator's --lock-timeout-rate.)")
                { Code = "lock_timeout", ShouldRetry = true }).ConfigureAwait(false);
                return;
            default:
                await next(context).ConfigureAwait(false);
                return;
        }
    }
}
