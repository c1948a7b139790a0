using Polvo.Emulator;
using Polvo.Stripe;

namespace Polvo.Core.Tests.TestSupport;

/// <summary>
/// One emulator seeded with <see cref="CustomerCount"/> customers (created over the past year, with bursts
/// where many share one second) and <see cref="ChargeCount"/> charges, shared read-only by one test class.
/// </summary>
public sealed class SeededEmulatorFixture : IAsyncLifetime
{
    public const int CustomerCount = 2_500;
    public const int ChargeCount = 250;

    private StripeEmulator? _emulator;

    public StripeEmulator Emulator => _emulator ?? throw new InvalidOperationException("The emulator has not started.");

    public async Task InitializeAsync() =>
        _emulator = await StripeEmulator.StartAsync(new EmulatorOptions { RandomSeed = 23, SeedCustomers = CustomerCount, SeedCharges = ChargeCount });

    public async Task DisposeAsync()
    {
        if (_emulator is not null)
        {
            await _emulator.DisposeAsync();
        }
    }

    public StripeClient CreateClient(Action<StripeClientOptions>? configure = null) => Clients.Create(Emulator, configure);
}
