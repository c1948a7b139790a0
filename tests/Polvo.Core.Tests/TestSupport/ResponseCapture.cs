namespace Polvo.Core.Tests.TestSupport;

/// <summary>
/// A pass-through handler over the real <see cref="SocketsHttpHandler"/> that records what went over the wire
/// (request and response headers, and with <paramref name="captureBodies"/> the response body, buffered before the
/// client reads it), so tests check the client against the raw exchange.
/// </summary>
internal sealed class ResponseCapture(bool captureBodies = false) : DelegatingHandler(new SocketsHttpHandler())
{
    private readonly object _gate = new();
    private readonly List<Exchange> _exchanges = [];

    public IReadOnlyList<Exchange> Exchanges
    {
        get
        {
            lock (_gate)
            {
                return _exchanges.ToArray();
            }
        }
    }

    public string? LastRequestId => Exchanges[^1].ResponseHeader("Request-Id");

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        string? body = null;
        if (captureBodies)
        {
            await response.Content.LoadIntoBufferAsync(cancellationToken);
            body = await response.Content.ReadAsStringAsync(cancellationToken);
        }

        var exchange = new Exchange(
            request.Method.Method,
            request.RequestUri!.PathAndQuery,
            request.Headers.ToDictionary(h => h.Key, h => string.Join(", ", h.Value), StringComparer.OrdinalIgnoreCase),
            (int)response.StatusCode,
            response.Headers.ToDictionary(h => h.Key, h => string.Join(", ", h.Value), StringComparer.OrdinalIgnoreCase),
            body);
        lock (_gate)
        {
            _exchanges.Add(exchange);
        }

        return response;
    }

    /// <summary>One request and its response as they went over the wire.</summary>
    public sealed record Exchange(string Method, string PathAndQuery, IReadOnlyDictionary<string, string> RequestHeaders, int Status, IReadOnlyDictionary<string, string> ResponseHeaders, string? Body = null)
    {
        public string? RequestHeader(string name) => RequestHeaders.GetValueOrDefault(name);

        public string? ResponseHeader(string name) => ResponseHeaders.GetValueOrDefault(name);
    }
}
