namespace Polvo.Emulator.Tests.Support;

/// <summary>
/// One emulator and one client per test (xunit creates the class for each test): the lifetime every
/// endpoint test class shares. Classes that drive time themselves override <see cref="UseFakeClock"/>.
/// </summary>
public abstract class EmulatorTest : IAsyncLifetime
{
    private StripeEmulator? _emulator;
    private ApiClient? _client;

    /// <summary>The emulator's clock when <see cref="UseFakeClock"/> is true; it moves only when advanced.</summary>
    internal FakeTimeProvider Time { get; } = new();

    /// <summary>The running emulator.</summary>
    protected StripeEmulator Emulator => _emulator ?? throw new InvalidOperationException("The emulator has not started.");

    /// <summary>A client with a valid test key.</summary>
    internal ApiClient Client => _client ?? throw new InvalidOperationException("The emulator has not started.");

    /// <summary>Whether the emulator runs on <see cref="Time"/> instead of the system clock.</summary>
    protected virtual bool UseFakeClock => false;

    public async Task InitializeAsync()
    {
        _emulator = await Emulators.StartAsync(options =>
        {
            if (UseFakeClock)
            {
                options.TimeProvider = Time;
            }
        });
        _client = new ApiClient(_emulator);
        ConfigureClient(_client);
    }

    public async Task DisposeAsync()
    {
        _client?.Dispose();
        if (_emulator is not null)
        {
            await _emulator.DisposeAsync();
        }
    }

    /// <summary>Adjusts the shared client after it is created.</summary>
    internal virtual void ConfigureClient(ApiClient client)
    {
    }
}
