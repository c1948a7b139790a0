using Polvo.PowerShell.Errors;
using Polvo.PowerShell.Stripe.Connections;
using Polvo.PowerShell.Stripe.Customers;
using Polvo.PowerShell.Stripe.Diagnostics;
using Polvo.PowerShell.Tests.TestSupport;

namespace Polvo.PowerShell.Tests.Stripe.Diagnostics;

public class RetryVerboseTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    [Fact]
    public void Verbose_ServerFailsEveryAttempt_ShowsEachRetryWithReasonAndDelayThenOneError()
    {
        var connection = fixture.Connect(maxRetries: 1);
        var request = new GetCustomerRequest { Connection = connection, Diagnostics = new CommandDiagnostics(Verbose: true) };
        fixture.Emulator.Faults.FaultRate = 1;
        RecordingOutput output = new();
        PolvoErrorInfo error;
        try
        {
            error = Assert.Throws<PolvoTerminatingException>(
                () => BridgeRun.Run(bridge => bridge.Start((w, ct) => new GetCustomerOperation().RunAsync(request, w, ct)), output: output)).Error;
        }
        finally
        {
            fixture.Emulator.Faults.Clear();
        }

        // Both attempts and the retry between them, in order: the final attempt's line is written just before the
        // terminating failure and must still reach -Verbose.
        var lines = output.Stream("Verbose");
        Assert.Equal(3, lines.Count);
        Assert.StartsWith("Stripe GET /v1/customers", lines[0], StringComparison.Ordinal);
        Assert.Contains("-> 500", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("Retrying GET /v1/customers", lines[1], StringComparison.Ordinal);
        Assert.Contains("HTTP 500", lines[1], StringComparison.Ordinal);
        Assert.Contains("retry 1 of 1 in", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("Stripe GET /v1/customers", lines[2], StringComparison.Ordinal);
        Assert.Contains("-> 500", lines[2], StringComparison.Ordinal);
        Assert.Equal(PolvoErrorCategory.ResourceUnavailable, error.Category);
    }

    [Fact]
    public void Create_RetryAndRateSettings_KeptOnTheConnection()
    {
        var connection = fixture.Connect(maxRetries: 7);

        Assert.Equal(7, connection.MaxRetries);
        Assert.Equal(100_000, connection.RequestsPerSecond);
    }

    [Theory]
    [InlineData(-1, null, "MaxRetries")]
    [InlineData(null, 0.0, "RequestsPerSecond")]
    public void Create_OutOfRangeSetting_ErrorNamesTheParameter(int? retries, double? rate, string parameter)
    {
        var settings = new ConnectionSettings { ApiKey = EmulatorFixture.Key, MaxRetries = retries, RequestsPerSecond = rate };

        var error = Assert.Throws<PolvoTerminatingException>(() => new ConnectionFactory(_ => null).Create(settings)).Error;

        Assert.Equal("PolvoStripeInvalidSetting", error.ErrorId);
        Assert.Contains("-" + parameter, error.Message);
        Assert.Contains("-" + parameter, error.RecommendedAction);
    }
}
