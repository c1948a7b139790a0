using Polvo.Emulator;
using Polvo.Stripe;

namespace Polvo.Core.Tests.TestSupport;

/// <summary>Creates real clients against a running emulator.</summary>
internal static class Clients
{
    public static StripeClient Create(StripeEmulator emulator, Action<StripeClientOptions>? configure = null)
    {
        var options = SingleAttempt.Apply(new StripeClientOptions { ApiKey = EmulatorFixture.ApiKey, BaseUrl = emulator.BaseUrl });
        configure?.Invoke(options);
        return new StripeClient(options);
    }

    /// <summary>Starts an emulator of its own, for tests that switch faults on (they apply to every request).</summary>
    public static Task<StripeEmulator> StartDedicatedAsync(Action<EmulatorOptions>? configure = null)
    {
        var options = new EmulatorOptions { RandomSeed = 29 };
        configure?.Invoke(options);
        return StripeEmulator.StartAsync(options);
    }
}
