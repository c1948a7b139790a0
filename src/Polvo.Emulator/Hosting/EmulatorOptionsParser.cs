using System.Globalization;

namespace Polvo.Emulator.Hosting;

/// <summary>Parses the emulator's command-line flags into <see cref="EmulatorOptions"/>.</summary>
internal static class EmulatorOptionsParser
{
    public const string Usage = """
        Usage: Polvo.Emulator [flags]
          --port N                      TCP port (default 0 = ephemeral; 12111 is customary)
          --host ADDRESS                IP address to listen on (default 127.0.0.1)
          --seed-customers N            create N deterministic customers at start-up
          --seed-charges N              create N deterministic charges at start-up
          --seed-invoices N             create N deterministic draft invoices at start-up
          --seed-products N             create N deterministic products at start-up
          --seed-prices N               create N deterministic prices at start-up
          --seed-payment-intents N      create N deterministic payment intents at start-up
          --seed-subscriptions N        create N deterministic subscriptions at start-up
          --seed-burst-max N            most seeded objects sharing one created second (default 100, up to 5000)
          --seed N                      random seed for seeded data and fault dice
          --latency-ms MS               delay before every answer
          --latency-jitter-ms MS        extra random delay, 0..MS
          --rate-limit R                requests/s per API key; over it 429 rate_limit (0 = off)
          --fault-rate F                share 0..1 of requests answered 500 api_error
          --reset-rate F                share 0..1 of connections dropped before any response
          --lock-timeout-rate F         share 0..1 of requests answered 429 lock_timeout
          --reset-after-commit-rate F   share 0..1 of POSTs dropped after the change was made
          --webhook-url URL             POST every event, signed, to URL (loopback only unless --host opens the emulator)
          --webhook-secret whsec_...    signing secret for --webhook-url (default: random, printed at start-up)
          --webhook-attempts N          tries per webhook delivery before giving up (default 4)
          --webhook-retry-delay-ms MS   delay before the first retry, doubled each time (default 1000)
          --help, -h                    show this help
        """;

    public static EmulatorOptions Parse(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var options = new EmulatorOptions();
        for (var i = 0; i < args.Length; i++)
        {
            var flag = args[i];
            string? inline = null;
            var eq = flag.IndexOf('=', StringComparison.Ordinal);
            if (flag.StartsWith("--", StringComparison.Ordinal) && eq > 0) (flag, inline) = (flag[..eq], flag[(eq + 1)..]);
            string Value() => inline ?? (i + 1 < args.Length ? args[++i] : throw new ArgumentException($"Flag {flag} needs a value, as in '{flag} 10'.", nameof(args)));
            switch (flag)
            {
                case "--port": options.Port = Int(flag, Value()); break;
                case "--host": options.Host = Value(); break;
                case "--seed-customers": options.SeedCustomers = Int(flag, Value()); break;
                case "--seed-charges": options.SeedCharges = Int(flag, Value()); break;
                case "--seed-invoices": options.SeedInvoices = Int(flag, Value()); break;
                case "--seed-products": options.SeedProducts = Int(flag, Value()); break;
                case "--seed-prices": options.SeedPrices = Int(flag, Value()); break;
                case "--seed-payment-intents": options.SeedPaymentIntents = Int(flag, Value()); break;
                case "--seed-subscriptions": options.SeedSubscriptions = Int(flag, Value()); break;
                case "--webhook-url": options.WebhookUrl = Value(); break;
                case "--webhook-secret": options.WebhookSecret = Value(); break;
                case "--webhook-attempts": options.WebhookAttempts = Int(flag, Value()); break;
                case "--webhook-retry-delay-ms": options.WebhookRetryDelayMs = Int(flag, Value()); break;
                case "--seed-burst-max": options.SeedBurstMax = Int(flag, Value()); break;
                case "--seed": options.RandomSeed = Int(flag, Value()); break;
                case "--latency-ms": options.LatencyMs = Int(flag, Value()); break;
                case "--latency-jitter-ms": options.LatencyJitterMs = Int(flag, Value()); break;
                case "--rate-limit": options.RateLimit = Number(flag, Value()); break;
                case "--fault-rate": options.FaultRate = Number(flag, Value()); break;
                case "--reset-rate": options.ResetRate = Number(flag, Value()); break;
                case "--lock-timeout-rate": options.LockTimeoutRate = Number(flag, Value()); break;
                case "--reset-after-commit-rate": options.ResetAfterCommitRate = Number(flag, Value()); break;
                default: throw new ArgumentException($"Unknown flag '{flag}'.\n{Usage}", nameof(args));
            }
        }

        options.Validate();
        return options;
    }

    private static int Int(string flag, string text) =>
        int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new ArgumentException($"Flag {flag} needs a whole number, not '{text}'.", nameof(text));

    private static double Number(string flag, string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new ArgumentException($"Flag {flag} needs a number such as 0.1, not '{text}'.", nameof(text));
}
