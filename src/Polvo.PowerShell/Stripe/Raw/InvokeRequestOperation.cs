using System.Runtime.CompilerServices;
using System.Text.Json;
using Polvo.PowerShell.Pipeline;
using Polvo.PowerShell.Progress;
using Polvo.PowerShell.Stripe.Diagnostics;
using Polvo.PowerShell.Stripe.Paging;
using Polvo.Stripe;
using Polvo.Stripe.Services;

namespace Polvo.PowerShell.Stripe.Raw;

/// <summary>
/// The logic of Invoke-PolvoStripeRequest: any endpoint through the connection's client (same auth, retries and
/// rate limit); the response, or with -All every item of every page (one page at a time, see <see cref="PageStreamer"/>),
/// written as the Get- cmdlets write a model Polvo knows and as plain values otherwise (see <see cref="RawResponseReader"/>).
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

            // One page at a time, like the Get- cmdlets: PageStreamer waits for the pipeline to take a page before
            // asking the source for the next, and ListPagesAsync requests a page only when asked (no read-ahead), so
            // `-All | Select-Object -First 5` requests no page after the one holding the fifth item.
            var pages = PagesAsync(client.Raw.ListPagesAsync(request.Path, request.Body, cancellationToken: cancellationToken));
            var progress = new ProgressReporter($"Reading {request.Path}", request.Connection.Settings.TimeProvider);
            await PageStreamer.StreamAsync(pages, PagingRequest.All, item => RawResponseReader.Read(item)!, writer, progress, cancellationToken).ConfigureAwait(false);
            return;
        }

        var options = new RequestOptions { IdempotencyKey = request.IdempotencyKey };
        JsonElement body = await client.Raw.SendAsync(method, request.Path, request.Body, options, cancellationToken).ConfigureAwait(false);
        await writer.WriteObjectAsync(RawResponseReader.Read(body), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>GET, POST or DELETE, in any case.</summary>
    public static HttpMethod ParseMethod(string method) => method?.Trim().ToUpperInvariant() switch
    {
        "GET" => HttpMethod.Get,
        "POST" => HttpMethod.Post,
        "DELETE" => HttpMethod.Delete,
        _ => throw new ArgumentException($"-Method '{method}' is not supported; use GET, POST or DELETE.", "Method"),
    };

    private static async IAsyncEnumerable<Page<JsonElement>> PagesAsync(IAsyncEnumerable<RawPage> pages, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (RawPage page in pages.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            yield return new Page<JsonElement>(page.Items, page.NextCursor is not null, null);
        }
    }
}
