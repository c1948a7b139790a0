namespace Polvo.Emulator.Tests.Support;

/// <summary>Starts emulators for tests on an ephemeral loopback port.</summary>
internal static class Emulators
{
    public static Task<StripeEmulator> StartAsync(Action<EmulatorOptions>? configure = null)
    {
        var options = new EmulatorOptions { RandomSeed = 42 };
        configure?.Invoke(options);
        return StripeEmulator.StartAsync(options);
    }
}
