using Polvo.PowerShell.Errors;
using Polvo.PowerShell.Stripe.Customers;
using Polvo.PowerShell.Stripe.Diagnostics;
using Polvo.PowerShell.Stripe.Paging;
using Polvo.PowerShell.Tests.TestSupport;

namespace Polvo.PowerShell.Tests.Stripe.Diagnostics;

public class RequestObserverTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private static readonly GetCustomerOperation Operation = new();

    [Fact]
    public void Verbose_EachRequest_OneLineWithMethodPathStatusAndTime()
    {
        var connection = fixture.Connect();
        var request = new GetCustomerRequest { Connection = connection, PageSize = 10, Diagnostics = new CommandDiagnostics(Verbose: true) };

        var output = BridgeRun.Run(bridge => bridge.Start((w, ct) => Operation.RunAsync(request, w, ct)));

        var lines = output.Stream("Verbose");
        Assert.Equal(3, lines.Count);
        Assert.All(lines, l => Assert.Matches(@"^Stripe GET /v1/customers\?limit=10.* -> 200 in \d+ ms \(req_", l));
        Assert.Empty(output.Stream("Debug"));
    }

    [Fact]
    public void NoDiagnostics_WritesNoVerboseOrDebug()
    {
        var connection = fixture.Connect();
        var request = new GetCustomerRequest { Connection = connection, Paging = new PagingRequest(First: 3) };

        var output = BridgeRun.Run(bridge => bridge.Start((w, ct) => Operation.RunAsync(request, w, ct)));

        Assert.DoesNotContain(output.Calls, c => c.Stream is "Verbose" or "Debug");
    }

    [Fact]
    public void VerboseDebugAndErrors_TheKeyNeverAppears()
    {
        var connection = fixture.Connect();
        var diagnostics = new CommandDiagnostics(Verbose: true, Debug: true);
        var list = new GetCustomerRequest { Connection = connection, Paging = new PagingRequest(First: 2), Diagnostics = diagnostics };
        var byId = new GetCustomerRequest { Connection = connection, Mode = GetObjectsMode.ById, Diagnostics = diagnostics };

        var output = BridgeRun.Run(bridge =>
        {
            bridge.Start((w, ct) => Operation.RunAsync(list, w, ct));
            bridge.StartItem("cus_Missing", (id, w, ct) => Operation.GetOneAsync(id, byId, w, ct));
        });

        var debug = output.Stream("Debug");
        Assert.Contains(debug, d => d.Contains("Authorization: Bearer sk_test_…(redacted)", StringComparison.Ordinal));
        var error = Assert.Single(output.Errors);
        string everything = string.Join("\n", output.Stream("Verbose").Concat(debug)
            .Concat([error.Message, error.DetailsMessage, error.RecommendedAction ?? "", error.Exception?.ToString() ?? "", connection.ToString()]));
        Assert.DoesNotContain(EmulatorFixture.Key, everything);
        Assert.DoesNotContain("PolvoCmdletSecret", everything);
    }

    [Fact]
    public void Report_NoObserverAttached_DoesNothing()
    {
        var exception = Record.Exception(() => RequestObserver.Report(new Polvo.Stripe.Http.StripeRequestEvent { Method = "GET", Path = "/v1/x" }));

        Assert.Null(exception);
        Assert.Null(RequestObserver.Current);
    }
}
