using Polvo.Emulator;
using Polvo.Stripe;

namespace Polvo.Core.Tests.TestSupport;

/// <summary>One emulator seeded with invoices, products, prices, payment intents and subscriptions, shared read-only by one test class.</summary>
public sealed class SeededBillingEmulatorFixture : IAsyncLifetime
{
    public const int InvoiceCount = 260;
    public const int ProductCount = 230;
    public const int PriceCount = 240;
    public const int PaymentIntentCount = 270;
    public const int SubscriptionCount = 210;

    private StripeEmulator? _emulator;

    public StripeEmulator Emulator => _emulator ?? throw new InvalidOperationException("The emulator has not started.");

    public async Task InitializeAsync() =>
        _emulator = await StripeEmulator.StartAsync(new EmulatorOptions
        {
            RandomSeed = 31, SeedCustomers = 40, SeedInvoices = InvoiceCount, SeedProducts = ProductCount, SeedPrices = PriceCount,
            SeedPaymentIntents = PaymentIntentCount, SeedSubscriptions = SubscriptionCount,
        });

    public async Task DisposeAsync()
    {
        if (_emulator is not null)
        {
            await _emulator.DisposeAsync();
        }
    }

    public StripeClient CreateClient() => Clients.Create(Emulator);
}
