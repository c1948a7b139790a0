using Polvo.Emulator;
using Polvo.PowerShell.Stripe.Connections;

namespace Polvo.PowerShell.Tests.TestSupport;

/// <summary>A real in-process emulator with seeded customers and charges, shared by the tests of one class.</summary>
public sealed class EmulatorFixture : IAsyncLifetime
{
    public const string Key = "sk_test_PolvoCmdletSecret4242";

    public const int SeededCustomers = 25;

    private readonly System.Collections.Concurrent.ConcurrentBag<PolvoStripeConnection> _connections = [];

    public StripeEmulator Emulator { get; private set; } = null!;

    public async Task InitializeAsync() =>
        Emulator = await StripeEmulator.StartAsync(new EmulatorOptions { SeedCustomers = SeededCustomers, SeedCharges = 30, RandomSeed = 7 });

    public async Task DisposeAsync()
    {
        foreach (var connection in _connections)
        {
            connection.Close();
        }

        await Emulator.DisposeAsync();
    }

    /// <summary>A connection to the emulator made by the real factory (no process environment involved); closed with the fixture.</summary>
    internal PolvoStripeConnection Connect(string key = Key, TimeProvider? timeProvider = null, int? maxRetries = null) =>
        Track(new ConnectionFactory(_ => null).Create(new ConnectionSettings
        {
            ApiKey = key,
            BaseUrl = Emulator.BaseUrl.ToString(),
            TimeProvider = timeProvider ?? TimeProvider.System,
            MaxRetries = maxRetries,
            RequestsPerSecond = 100_000, // the shared per-key limiter must not pace (or, on a fake clock, stall) the tests
        }));

    private PolvoStripeConnection Track(PolvoStripeConnection connection)
    {
        _connections.Add(connection);
        return connection;
    }

    /// <summary>The query strings of the requests with this method and path since the last Clear.</summary>
    public IReadOnlyList<string> Queries(string method, string path) =>
        Emulator.Requests.Snapshot().Where(r => r.Method == method && r.Path == path).Select(r => Uri.UnescapeDataString(r.QueryString)).ToList();
}
