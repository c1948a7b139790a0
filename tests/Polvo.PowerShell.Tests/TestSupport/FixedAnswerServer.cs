using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Polvo.PowerShell.Tests.TestSupport;

/// <summary>
/// A loopback HTTP server that answers every request with one JSON body, for what the emulator cannot produce: a
/// response whose <c>object</c> is newer than the API version Polvo.Core was generated from. Dispose stops it.
/// </summary>
public sealed class FixedAnswerServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly byte[] _body;
    private readonly Task _serving;

    /// <summary>Starts answering <paramref name="json"/> on a free loopback port.</summary>
    /// <param name="json">The body of every answer (status 200, application/json).</param>
    public FixedAnswerServer(string json)
    {
        _body = Encoding.UTF8.GetBytes(json);
        BaseUrl = new Uri($"http://127.0.0.1:{FreePort()}/");
        _listener.Prefixes.Add(BaseUrl.ToString());
        _listener.Start();
        _serving = Task.Run(ServeAsync);
    }

    /// <summary>Gets the base URL to connect to.</summary>
    public Uri BaseUrl { get; }

    /// <inheritdoc/>
    public void Dispose()
    {
        _listener.Close();
        try
        {
            _serving.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // The listener was closed while waiting for a request: that is how serving ends.
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            context.Response.StatusCode = 200;
            context.Response.ContentType = "application/json";
            context.Response.Headers["Request-Id"] = "req_fixed";
            await context.Response.OutputStream.WriteAsync(_body);
            context.Response.Close();
        }
    }
}
