using Microsoft.Extensions.Primitives;

namespace Polvo.Emulator.Http;

/// <summary>Collects a request's parameters: the query string, plus the form body of a POST.</summary>
internal static class RequestParams
{
    public static async Task<List<KeyValuePair<string, StringValues>>> ReadAsync(HttpRequest request)
    {
        var pairs = new List<KeyValuePair<string, StringValues>>(request.Query);
        if (!HttpMethods.IsPost(request.Method)) return pairs;
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(request.HttpContext.RequestAborted).ConfigureAwait(false);
            pairs.AddRange(form);
            RequestState.Of(request.HttpContext).Form = form.SelectMany(f => f.Value.Select(v => new KeyValuePair<string, string>(f.Key, v ?? string.Empty))).ToArray();
        }
        else if (request.ContentLength > 0 || request.ContentType is { Length: > 0 })
        {
            throw ApiErrors.BadRequest(
                $"Invalid request: the body must be form-encoded (Content-Type: application/x-www-form-urlencoded), not '{ApiErrors.Shorten(request.ContentType ?? "unknown")}'.");
        }

        return pairs;
    }
}
