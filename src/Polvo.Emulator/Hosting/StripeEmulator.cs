using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Polvo.Emulator.Hosting;
using Polvo.Emulator.Webhooks;

namespace Polvo.Emulator;

/// <summary>
/// A stateful local Stripe (the resources of the API 2020-08-27 description that Polvo covers) on Kestrel: for tests, benchmarks and offline scripts.
/// Start it with <see cref="StartAsync"/>, call it at <see cref="BaseUrl"/>, dispose it to stop.
/// </summary>
public sealed class StripeEmulator : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly EmulatorState _state;

    private StripeEmulator(WebApplication app, EmulatorState state, Uri baseUrl)
    {
        _app = app;
        _state = state;
        BaseUrl = baseUrl;
    }

    /// <summary>Gets the base URL, such as <c>http://127.0.0.1:54321/</c>.</summary>
    public Uri BaseUrl { get; }

    /// <summary>Gets the latency, rate limit and fault switches, changeable while running.</summary>
    public EmulatorFaults Faults => _state.Faults;

    /// <summary>Gets the log of every request received.</summary>
    public EmulatorRequestLog Requests => _state.Requests;

    /// <summary>Gets the number of customers held (seeded and created, not deleted).</summary>
    public int CustomerCount => _state.Customers.Count;

    /// <summary>Gets the number of charges held (seeded and created, failed ones included).</summary>
    public int ChargeCount => _state.Charges.Count;

    /// <summary>The stores, for the emulator's own tests to put an object in a state no test-mode request reaches.</summary>
    internal EmulatorState State => _state;

    /// <summary>Seeds the data the options ask for and starts listening.</summary>
    /// <param name="options">The options; null for the defaults (loopback, ephemeral port, no data, no faults).</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running emulator.</returns>
    /// <exception cref="ArgumentException">An option is invalid; the message names it.</exception>
    public static async Task<StripeEmulator> StartAsync(EmulatorOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new EmulatorOptions();
        options.Validate();
        // The description is read while the stores are seeded, and is ready before the first request, so the
        // first answer is as quick as the rest (rate-limit tests and benchmarks count on that).
        var description = Task.Run(Http.ApiDispatcher.WarmUp, cancellationToken);
        var state = EmulatorStateFactory.Create(options);
        await description.ConfigureAwait(false);
        var webhookSecret = options.WebhookUrl is null ? null : WebhookSetup.AddStartupEndpoint(state, options);
        var app = EmulatorApp.Build(options, state);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new StripeEmulator(app, state, new Uri(address.TrimEnd('/') + "/")) { WebhookSecret = webhookSecret };
    }

    /// <summary>Gets the signing secret of the <see cref="EmulatorOptions.WebhookUrl"/> endpoint; null when there is none.</summary>
    public string? WebhookSecret { get; private init; }

    /// <summary>Gets the number of webhook deliveries answered with a 2xx status.</summary>
    public int WebhooksDelivered => _state.Webhooks.Delivered;

    /// <summary>Gets the number of webhook deliveries that failed every attempt.</summary>
    public int WebhooksFailed => _state.Webhooks.Failed;

    /// <summary>Stops listening and releases the server.</summary>
    /// <returns>A task that completes when stopped.</returns>
    public async ValueTask DisposeAsync()
    {
        await _state.Webhooks.DisposeAsync().ConfigureAwait(false);
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
