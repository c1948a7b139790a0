namespace Polvo.Emulator.Tests.Hosting;

public class EmulatorOptionsTests
{
    [Fact]
    public void Parse_EveryFlag_SetsEveryOption()
    {
        var options = EmulatorOptions.Parse([
            "--port", "12111", "--host", "0.0.0.0", "--seed-customers", "500", "--seed-charges", "20", "--seed", "7", "--seed-burst-max", "1000",
            "--latency-ms", "200", "--latency-jitter-ms", "30", "--rate-limit", "100", "--fault-rate", "0.1",
            "--reset-rate", "0.05", "--lock-timeout-rate=0.05", "--reset-after-commit-rate", "0.02",
        ]);

        Assert.Equal(12111, options.Port);
        Assert.Equal("0.0.0.0", options.Host);
        Assert.Equal(500, options.SeedCustomers);
        Assert.Equal(20, options.SeedCharges);
        Assert.Equal(7, options.RandomSeed);
        Assert.Equal(1000, options.SeedBurstMax);
        Assert.Equal(200, options.LatencyMs);
        Assert.Equal(30, options.LatencyJitterMs);
        Assert.Equal(100, options.RateLimit);
        Assert.Equal(0.1, options.FaultRate);
        Assert.Equal(0.05, options.ResetRate);
        Assert.Equal(0.05, options.LockTimeoutRate);
        Assert.Equal(0.02, options.ResetAfterCommitRate);
    }

    [Fact]
    public void Parse_ResourceSeedsAndWebhookFlags_SetTheirOptions()
    {
        var options = EmulatorOptions.Parse([
            "--seed-invoices", "10", "--seed-products", "11", "--seed-prices", "12", "--seed-payment-intents", "13", "--seed-subscriptions", "14",
            "--webhook-url", "http://127.0.0.1:4242/hook", "--webhook-secret", "whsec_abc", "--webhook-attempts", "2", "--webhook-retry-delay-ms", "50",
        ]);

        Assert.Equal([10, 11, 12, 13, 14], new[] { options.SeedInvoices, options.SeedProducts, options.SeedPrices, options.SeedPaymentIntents, options.SeedSubscriptions });
        Assert.Equal("http://127.0.0.1:4242/hook", options.WebhookUrl);
        Assert.Equal("whsec_abc", options.WebhookSecret);
        Assert.Equal(2, options.WebhookAttempts);
        Assert.Equal(50, options.WebhookRetryDelayMs);
    }

    [Fact]
    public void Usage_EverySwitchItLists_IsAccepted()
    {
        var flags = System.Text.RegularExpressions.Regex.Matches(Polvo.Emulator.Hosting.EmulatorOptionsParser.Usage, @"(?<=\s)--[a-z-]+").Select(m => m.Value).Distinct().ToList();
        var sample = new Dictionary<string, string> { ["--host"] = "127.0.0.1", ["--webhook-url"] = "http://127.0.0.1:9/", ["--webhook-secret"] = "whsec_x" };

        foreach (var flag in flags.Where(f => f != "--help"))
        {
            var value = sample.GetValueOrDefault(flag, flag.EndsWith("-rate", StringComparison.Ordinal) ? "0.1" : "1");
            var error = Record.Exception(() => EmulatorOptions.Parse([flag, value]));
            Assert.True(error is null, $"{flag} {value}: {error?.Message}");
        }

        Assert.Contains("--help", flags);
        Assert.True(flags.Count >= 23, string.Join(" ", flags));
    }

    [Fact]
    public void Parse_NoFlags_KeepsDocumentedDefaults()
    {
        var options = EmulatorOptions.Parse([]);

        Assert.Equal("127.0.0.1", options.Host);
        Assert.Equal(0, options.Port);
        Assert.Equal(0, options.SeedCustomers);
        Assert.Equal(100, options.SeedBurstMax);
        Assert.Null(options.RandomSeed);
        Assert.Equal(0, options.RateLimit);
        Assert.Equal(0, options.FaultRate);
    }

    [Theory]
    [InlineData(new[] { "--prot", "1" }, "Unknown flag '--prot'")]
    [InlineData(new[] { "--port" }, "Flag --port needs a value")]
    [InlineData(new[] { "--port", "abc" }, "Flag --port needs a whole number, not 'abc'")]
    [InlineData(new[] { "--port", "70000" }, "Port (--port)")]
    [InlineData(new[] { "--fault-rate", "1.5" }, "FaultRate (--fault-rate)")]
    [InlineData(new[] { "--fault-rate", "0.6", "--reset-rate", "0.6" }, "must add up to at most 1")]
    [InlineData(new[] { "--host", "example.com" }, "Host 'example.com' is not an IP address")]
    [InlineData(new[] { "--rate-limit", "fast" }, "Flag --rate-limit needs a number")]
    [InlineData(new[] { "--seed-burst-max", "0" }, "SeedBurstMax (--seed-burst-max) must be 1 to 5,000")]
    [InlineData(new[] { "--seed-invoices", "-1" }, "SeedInvoices (--seed-invoices)")]
    [InlineData(new[] { "--webhook-secret", "secret" }, "must start with whsec_")]
    [InlineData(new[] { "--webhook-attempts", "0" }, "WebhookAttempts (--webhook-attempts)")]
    public void Parse_BadFlag_ThrowsNamingTheFlag(string[] args, string expected)
    {
        var error = Assert.Throws<ArgumentException>(() => EmulatorOptions.Parse(args));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NegativeLatency_Throws()
    {
        var options = new EmulatorOptions { LatencyMs = -1 };

        var error = Assert.Throws<ArgumentException>(options.Validate);

        Assert.Contains("--latency-ms", error.Message, StringComparison.Ordinal);
    }
}
