
using Polvo.Emulator.Store;

namespace Polvo.Emulator.Http;

/// <summary>
/// Gives every response a <c>Request-Id</c> and records every request in the request log, before its response
/// starts: a client that has its answer finds the request in the log (recorded after the body, a test reading the
/// log right after a call could miss it). A connection aborted without a response is recorded when the request ends.
/// </summary>
internal sealed class RequestTracking(EmulatorRequestLog log)
{
    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var state = new RequestState { RequestId = Ids.Random("req_", 14) };
        context.Features.Set(state);
        var headers = context.Response.Headers;
        headers["Request-Id"] = state.RequestId;
        headers["Stripe-Version"] = StripeVersionCheck.Rendered;
        var recorded = 0;
        void Record()
        {
            if (Interlocked.Exchange(ref recorded, 1) != 0)
            {
                return;
            }

            var aborted = state.Fault is EmulatorFault.ConnectionReset or EmulatorFault.ResetAfterCommit;
            log.Add(new EmulatorRequestRecord(
                context.Request.Method,
                context.Request.Path.Value ?? "/",
                context.Request.QueryString.Value ?? string.Empty,
                aborted ? 0 : context.Response.StatusCode,
                state.Fault)
            {
                Form = state.Form,
                IdempotencyKey = context.Request.Headers["Idempotency-Key"].ToString() is { Length: > 0 } key ? key : null,
            });
        }

        context.Response.OnStarting(() =>
        {
            Record();
            return Task.CompletedTask;
        });
        try
        {
            await next(context).ConfigureAwait(false);
        }
        finally
        {
            Record();
        }
    }
}
