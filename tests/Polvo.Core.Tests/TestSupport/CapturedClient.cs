using Polvo.Emulator;
using Polvo.Stripe;

namespace Polvo.Core.Tests.TestSupport;

/// <summary>A real client whose HTTP exchanges with the emulator are recorded by a <see cref="ResponseCapture"/>.</summary>
internal sealed class CapturedClient : IDisposable
{
    private readonly HttpClient _http;

    public CapturedClient(StripeEmulator emulator, string apiKey = EmulatorFixture.ApiKey, Action<StripeClientOptions>? configure = null, bool captureBodies = false)
    {
        Capture = new ResponseCapture(captureBodies);
        _http = new HttpClient(Capture);
        var options = SingleAttempt.Apply(new StripeClientOptions { ApiKey = apiKey, BaseUrl = emulator.BaseUrl });
        configure?.Invoke(options);
        Client = new StripeClient(options, _http);
    }

    public ResponseCapture Capture { get; }

    public StripeClient Client { get; }

    public void Dispose()
    {
        Client.Dispose();
        _http.Dispose();
    }
}
