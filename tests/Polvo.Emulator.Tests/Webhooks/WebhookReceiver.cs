using System.Net;
using System.Net.Sockets;
using System.Threading.Channels;

namespace Polvo.Emulator.Tests.Webhooks;

/// <summary>A loopback HTTP listener that records webhook deliveries; the first <c>failures</c> answers are 500.</summary>
internal sealed class WebhookReceiver : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Channel<(string Body, string Signature)> _received = Channel.CreateUnbounded<(string, string)>();
    private int _failuresLeft;

    public WebhookReceiver(int failures = 0)
    {
        _failuresLeft = failures;
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        Url = $"http://127.0.0.1:{port}/hook/";
        _listener.Prefixes.Add(Url);
        _listener.Start();
        _ = Task.Run(LoopAsync);
    }

    public string Url { get; }

    public int Attempts { get; private set; }

    public async Task<(string Body, string Signature)> NextAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        return await _received.Reader.ReadAsync(timeout.Token);
    }

    public void Dispose() => _listener.Close();

    private async Task LoopAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception) when (!_listener.IsListening)
            {
                return;
            }

            Attempts++;
            using var reader = new StreamReader(context.Request.InputStream);
            var body = await reader.ReadToEndAsync();
            var fail = Interlocked.Decrement(ref _failuresLeft) >= 0;
            context.Response.StatusCode = fail ? 500 : 200;
            context.Response.Close();
            if (!fail) _received.Writer.TryWrite((body, context.Request.Headers["Stripe-Signature"] ?? string.Empty));
        }
    }
}
