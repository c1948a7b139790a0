using System.Text.Json;
using Polvo.PowerShell.Pipeline;
using Polvo.PowerShell.Stripe.Diagnostics;
using Polvo.Stripe;

namespace Polvo.PowerShell.Stripe.Raw;

/// <summary>
/// The logic of Invoke-PolvoStripeRequest: any endpoint through the connection's client (same auth, retries and
/// rate limit); the response, or with -All every item of every page, written as plain values (see <see cref="JsonValueConverter"/>).
/// </summary>
internal sealed class InvokeRequestOperation
{
    /// <summary>Sends the request and writes the result.</summary>
    public async Task RunAsync(InvokeRequestRequest request, IPipelineWriter writer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(writer);
        RequestObserver.Attach(writer, request.Diagnostics);
        HttpMethod method = ParseMethod(request.Method);
        var client = request.Connection.Client;
        if (request.All)
        {
            if (method != HttpMethod.Get)
            {
                throw new ArgumentException($"-All follows the pages of a list or search, which are read with GET; remove -All or use -Method GET (got {request.Method}).", "All");
            }

            await foreach (JsonElement item in client.Raw.ListAllAsync(request.Path, request.Body, cancellationToken: cancellationToken).WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                await writer.WriteObjectAsync(JsonValueConverter.ToPlain(item), cancellationToken).ConfigureAwait(false);
            }

            return;
        }

        var options = new RequestOptions { IdempotencyKey = request.IdempotencyKey };
        JsonElement body = await client.Raw.SendAsync(method, request.Path, request.Body, options, cancellationToken).ConfigureAwait(false);
        await writer.WriteObjectAsync(JsonValueConverter.ToPlain(body), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>GET, POST or DELETE, in any case.</summary>
    public static HttpMethod ParseMethod(string method) => method?.Trim().ToUpperInvariant() switch
    {
        "GET" => HttpMethod.Get,
        "POST" => HttpMethod.Post,
        "DELETE" => HttpMethod.Delete,
        _ => throw new ArgumentException($"-Method '{method}' is not supported; use GET, POST or DELETE.", "Method"),
    };
}
