using Polvo.Emulator;
using Polvo.Stripe;

namespace Polvo.Core.Tests.TestSupport;

/// <summary>
/// One empty emulator on a loopback port, shared by the tests of one class (xunit runs them one at a time).
/// Its clock is manual, so tests that need distinct <c>created</c> seconds move it; tests keep apart by
/// using unique emails and metadata (see <see cref="Unique"/>).
/// </summary>
public sealed class EmulatorFixture : IAsyncLifetime
{
    /// <summary>The secret key every client of the fixture uses; tests assert it never shows.</summary>
    public const string ApiKey = "sk_test_PolvoOverHttpSecret4711";

    private StripeEmulator? _emulator;

    public FakeTimeProvider Clock { get; } = new();

    public StripeEmulator Emulator => _emulator ?? throw new InvalidOperationException("The emulator has not started.");

    public async Task InitializeAsync() =>
        _emulator = await StripeEmulator.StartAsync(new EmulatorOptions { RandomSeed = 17, TimeProvider = Clock });

    public async Task DisposeAsync()
    {
        if (_emulator is not null)
        {
            await _emulator.DisposeAsync();
        }
    }

    public StripeClient CreateClient(Action<StripeClientOptions>? configure = null) => Clients.Create(Emulator, configure);
}
