using System.Net;

namespace Polvo.Emulator;

/// <summary>
/// How to start a <see cref="StripeEmulator"/>. A plain options class: set what you need, the rest keeps its
/// documented default; <see cref="Validate"/> runs once when the emulator starts.
/// </summary>
public sealed class EmulatorOptions
{
    /// <summary>Gets or sets the IP address to listen on.</summary>
    /// <value>The default value is <c>127.0.0.1</c> (loopback only); <c>localhost</c> also means loopback.</value>
    public string Host { get; set; } = "127.0.0.1";

    /// <summary>Gets or sets the TCP port to listen on.</summary>
    /// <value>The default value is 0: an ephemeral port chosen by the system (read it from <see cref="StripeEmulator.BaseUrl"/>).</value>
    public int Port { get; set; }

    /// <summary>Gets or sets the number of deterministic customers created at start-up.</summary>
    /// <value>The default value is 0.</value>
    public int SeedCustomers { get; set; }

    /// <summary>Gets or sets the number of deterministic charges created at start-up.</summary>
    /// <value>The default value is 0.</value>
    public int SeedCharges { get; set; }

    /// <summary>Gets or sets the number of deterministic invoices (drafts, from Stripe's example invoice) created at start-up.</summary>
    /// <value>The default value is 0.</value>
    public int SeedInvoices { get; set; }

    /// <summary>Gets or sets the number of deterministic products created at start-up.</summary>
    /// <value>The default value is 0.</value>
    public int SeedProducts { get; set; }

    /// <summary>Gets or sets the number of deterministic prices created at start-up.</summary>
    /// <value>The default value is 0.</value>
    public int SeedPrices { get; set; }

    /// <summary>Gets or sets the number of deterministic payment intents created at start-up.</summary>
    /// <value>The default value is 0.</value>
    public int SeedPaymentIntents { get; set; }

    /// <summary>Gets or sets the number of deterministic subscriptions created at start-up.</summary>
    /// <value>The default value is 0.</value>
    public int SeedSubscriptions { get; set; }

    /// <summary>Gets or sets a URL that receives every event as a webhook (an endpoint with <c>enabled_events: ["*"]</c> made at start-up).</summary>
    /// <value>The default value is null (none). Loopback URLs only, unless <see cref="Host"/> opens the emulator to other interfaces.</value>
    public string? WebhookUrl { get; set; }

    /// <summary>Gets or sets the signing secret (<c>whsec_...</c>) of the <see cref="WebhookUrl"/> endpoint.</summary>
    /// <value>The default value is null: a random secret, printed once at start-up by the command line.</value>
    public string? WebhookSecret { get; set; }

    /// <summary>Gets or sets how many times a webhook delivery is tried before it counts as failed.</summary>
    /// <value>The default value is 4.</value>
    public int WebhookAttempts { get; set; } = 4;

    /// <summary>Gets or sets the delay before the first webhook retry, in milliseconds; each later retry waits twice as long.</summary>
    /// <value>The default value is 1,000.</value>
    public int WebhookRetryDelayMs { get; set; } = 1000;

    /// <summary>
    /// Gets or sets the most seeded objects that share one <c>created</c> second (a burst, as a bulk import makes). Real
    /// accounts cannot create thousands of objects in one second (Stripe's write limit is 100 requests/s live), so the
    /// default is realistic; set it higher (up to 5,000) to test paging over huge runs of equal timestamps.
    /// </summary>
    /// <value>The default value is 100.</value>
    public int SeedBurstMax { get; set; } = 100;

    /// <summary>Gets or sets the seed of the seeded data and of the fault dice; null picks a fixed seed for data and a random one for faults.</summary>
    /// <value>The default value is null.</value>
    public int? RandomSeed { get; set; }

    /// <summary>Gets or sets the delay before every answer, in milliseconds.</summary>
    /// <value>The default value is 0.</value>
    public int LatencyMs { get; set; }

    /// <summary>Gets or sets the largest random extra delay added to <see cref="LatencyMs"/>, in milliseconds.</summary>
    /// <value>The default value is 0.</value>
    public int LatencyJitterMs { get; set; }

    /// <summary>Gets or sets the requests per second allowed per API key; over it the answer is a 429 <c>rate_limit</c>.</summary>
    /// <value>The default value is 0 (no limit).</value>
    public double RateLimit { get; set; }

    /// <summary>Gets or sets the share (0 to 1) of requests answered with a 500 <c>api_error</c> before doing anything.</summary>
    /// <value>The default value is 0.</value>
    public double FaultRate { get; set; }

    /// <summary>Gets or sets the share (0 to 1) of requests whose connection is dropped before any response or change.</summary>
    /// <value>The default value is 0.</value>
    public double ResetRate { get; set; }

    /// <summary>Gets or sets the share (0 to 1) of requests answered with a 429 <c>lock_timeout</c> before doing anything.</summary>
    /// <value>The default value is 0.</value>
    public double LockTimeoutRate { get; set; }

    /// <summary>Gets or sets the share (0 to 1) of successful POSTs whose connection is dropped after the change was made.</summary>
    /// <value>The default value is 0.</value>
    public double ResetAfterCommitRate { get; set; }

    /// <summary>Gets or sets how many request records <see cref="StripeEmulator.Requests"/> keeps (counts cover all requests).</summary>
    /// <value>The default value is 100,000.</value>
    public int RequestLogCapacity { get; set; } = 100_000;

    /// <summary>Gets or sets the clock for <c>created</c> times, seeding, latency and the rate limit.</summary>
    /// <value>The default value is <see cref="TimeProvider.System"/>.</value>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Parses command-line flags such as <c>--port 12111 --seed-customers 1000</c>.</summary>
    /// <param name="args">The arguments.</param>
    /// <returns>The options.</returns>
    /// <exception cref="ArgumentException">A flag is unknown, lacks its value or has a bad value; the message names it.</exception>
    public static EmulatorOptions Parse(string[] args) => Hosting.EmulatorOptionsParser.Parse(args);

    /// <summary>Checks every setting and throws one clear error for the first bad one.</summary>
    /// <exception cref="ArgumentException">A setting is out of range; the message names it and the fix.</exception>
    public void Validate()
    {
        if (!string.Equals(Host, "localhost", StringComparison.OrdinalIgnoreCase) && !IPAddress.TryParse(Host, out _))
        {
            throw new ArgumentException($"Host '{Host}' is not an IP address. Use 127.0.0.1 (the default), localhost, or the address of an interface (--host).", nameof(Host));
        }

        Check(Port is >= 0 and <= 65535, nameof(Port), "--port", "must be 0 (ephemeral) to 65535");
        Check(SeedCustomers is >= 0 and <= 50_000_000, nameof(SeedCustomers), "--seed-customers", "must be 0 to 50,000,000");
        Check(SeedCharges is >= 0 and <= 50_000_000, nameof(SeedCharges), "--seed-charges", "must be 0 to 50,000,000");
        foreach (var (value, name, flag) in new[] { (SeedInvoices, nameof(SeedInvoices), "--seed-invoices"), (SeedProducts, nameof(SeedProducts), "--seed-products"), (SeedPrices, nameof(SeedPrices), "--seed-prices"), (SeedPaymentIntents, nameof(SeedPaymentIntents), "--seed-payment-intents"), (SeedSubscriptions, nameof(SeedSubscriptions), "--seed-subscriptions") })
        {
            Check(value is >= 0 and <= 10_000_000, name, flag, "must be 0 to 10,000,000");
        }

        Check(WebhookAttempts is >= 1 and <= 20, nameof(WebhookAttempts), "--webhook-attempts", "must be 1 to 20");
        Check(WebhookRetryDelayMs >= 0, nameof(WebhookRetryDelayMs), "--webhook-retry-delay-ms", "must be 0 or more");
        Check(WebhookSecret is null || (WebhookSecret.StartsWith("whsec_", StringComparison.Ordinal) && WebhookSecret.Length > 6), nameof(WebhookSecret), "--webhook-secret", "must start with whsec_, as Stripe's signing secrets do");
        Check(SeedBurstMax is >= 1 and <= 5_000, nameof(SeedBurstMax), "--seed-burst-max", "must be 1 to 5,000 objects per second");
        Check(LatencyMs >= 0, nameof(LatencyMs), "--latency-ms", "must be 0 or more");
        Check(LatencyJitterMs >= 0, nameof(LatencyJitterMs), "--latency-jitter-ms", "must be 0 or more");
        Check(RateLimit >= 0 && !double.IsNaN(RateLimit), nameof(RateLimit), "--rate-limit", "must be 0 (off) or more requests per second");
        foreach (var (value, name, flag) in new[] { (FaultRate, nameof(FaultRate), "--fault-rate"), (ResetRate, nameof(ResetRate), "--reset-rate"), (LockTimeoutRate, nameof(LockTimeoutRate), "--lock-timeout-rate"), (ResetAfterCommitRate, nameof(ResetAfterCommitRate), "--reset-after-commit-rate") })
        {
            Check(value is >= 0 and <= 1, name, flag, "must be a share from 0 to 1, such as 0.1 for 10%");
        }

        Check(FaultRate + ResetRate + LockTimeoutRate <= 1, nameof(FaultRate), "--fault-rate + --reset-rate + --lock-timeout-rate", "must add up to at most 1");
        Check(RequestLogCapacity >= 1, nameof(RequestLogCapacity), "RequestLogCapacity", "must be at least 1");
        ArgumentNullException.ThrowIfNull(TimeProvider, nameof(TimeProvider));
    }

    /// <summary>The number of seeded objects asked for a generic resource.</summary>
    internal int SeedCount(string objectType) => objectType switch
    {
        "invoice" => SeedInvoices,
        "product" => SeedProducts,
        "price" => SeedPrices,
        "payment_intent" => SeedPaymentIntents,
        "subscription" => SeedSubscriptions,
        _ => 0,
    };

    private static void Check(bool ok, string name, string flag, string rule)
    {
        if (!ok) throw new ArgumentException($"{name} ({flag}) {rule}.", name);
    }
}
