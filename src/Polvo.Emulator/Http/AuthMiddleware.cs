namespace Polvo.Emulator.Http;

/// <summary>Answers Stripe's 401 envelope unless the request carries an acceptable API key.</summary>
internal static class AuthMiddleware
{
    public static async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var key = ApiKey.Read(context.Request, out var malformed);
        ApiException? error = null;
        if (key is null || key.Length == 0)
        {
            error = new ApiException(401, ApiErrors.InvalidRequest, malformed
                ? "Invalid authorization header. Provide your API key with Bearer auth ('Authorization: Bearer sk_test_...') or as the basic auth user name."
                : "You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY'). See https://stripe.com/docs/api#authentication for details.");
        }
        else if (!ApiKey.IsValid(key))
        {
            error = new ApiException(401, ApiErrors.InvalidRequest, $"Invalid API Key provided: {ApiKey.Mask(key)}") { Code = "api_key_invalid" };
        }

        if (error is not null)
        {
            context.Response.Headers.WWWAuthenticate = "Basic realm=\"Stripe\"";
            await ErrorWriter.WriteAsync(context, error).ConfigureAwait(false);
            return;
        }

        RequestState.Of(context).ApiKey = key!;
        await next(context).ConfigureAwait(false);
    }
}
