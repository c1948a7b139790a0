using Polvo.PowerShell.Errors;
using Polvo.PowerShell.Progress;
using Polvo.PowerShell.Stripe.Customers;
using Polvo.PowerShell.Stripe.Output;
using Polvo.PowerShell.Stripe.Paging;
using Polvo.PowerShell.Tests.TestSupport;
using Polvo.Stripe.Entities;

namespace Polvo.PowerShell.Tests.Stripe.Customers;

public class GetCustomerOperationTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private static readonly GetCustomerOperation Operation = new();

    private RecordingOutput List(GetCustomerRequest request, RecordingOutput? output = null)
    {
        fixture.Emulator.Requests.Clear();
        return BridgeRun.Run(bridge => bridge.Start((writer, ct) => Operation.RunAsync(request, writer, ct)), output: output);
    }

    [Fact]
    public void RunAsync_ListInPagesOf10_StreamsEveryCustomerAsPolvoStripeCustomer()
    {
        var connection = fixture.Connect();

        var output = List(new GetCustomerRequest { Connection = connection, PageSize = 10 });

        var customers = output.Values<Customer>();
        Assert.Equal(EmulatorFixture.SeededCustomers, customers.Count);
        Assert.Equal(customers.Count, customers.Select(c => c.Id).Distinct().Count());
        Assert.All(output.Objects, o => Assert.Equal("Polvo.Stripe.Customer", Assert.IsType<StripeOutput>(o).TypeName));
        Assert.Equal(3, fixture.Emulator.Requests.Count("GET", "/v1/customers"));
        Assert.All(fixture.Queries("GET", "/v1/customers"), q => Assert.Contains("limit=10", q));
    }

    [Fact]
    public void RunAsync_EmailAndCreatedRange_SentAsStripeFilters()
    {
        var connection = fixture.Connect();
        var after = new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero);
        var before = after.AddDays(30);

        var output = List(new GetCustomerRequest { Connection = connection, Email = "customer3@example.com", CreatedAfter = after, CreatedBefore = before });

        string query = Assert.Single(fixture.Queries("GET", "/v1/customers"));
        Assert.Contains("email=customer3@example.com", query);
        Assert.Contains($"created[gte]={after.ToUnixTimeSeconds()}", query);
        Assert.Contains($"created[lte]={before.ToUnixTimeSeconds()}", query);
        Assert.All(output.Values<Customer>(), c => Assert.Equal("customer3@example.com", c.Email));
    }

    [Fact]
    public void RunAsync_EmailFilter_ReturnsOnlyThatCustomer()
    {
        var connection = fixture.Connect();

        var output = List(new GetCustomerRequest { Connection = connection, Email = "customer3@example.com" });

        Assert.Equal("customer3@example.com", Assert.Single(output.Values<Customer>()).Email);
    }

    [Fact]
    public void RunAsync_First5_SendsOneRequestForFive()
    {
        var connection = fixture.Connect();

        var output = List(new GetCustomerRequest { Connection = connection, Paging = new PagingRequest(First: 5) });

        Assert.Equal(5, output.Values<Customer>().Count);
        Assert.Contains("limit=5", Assert.Single(fixture.Queries("GET", "/v1/customers")));
    }

    [Fact]
    public void RunAsync_Skip3First4_WritesTheFourAfterTheFirstThree()
    {
        var connection = fixture.Connect();
        var all = List(new GetCustomerRequest { Connection = connection }).Values<Customer>().Select(c => c.Id).ToList();

        var page = List(new GetCustomerRequest { Connection = connection, PageSize = 2, Paging = new PagingRequest(Skip: 3, First: 4) })
            .Values<Customer>().Select(c => c.Id).ToList();

        Assert.Equal(all.Skip(3).Take(4), page);
        Assert.Equal(4, fixture.Emulator.Requests.Count("GET", "/v1/customers"));
    }

    [Fact]
    public void RunAsync_PipelineStopsAtTheFifthItem_RequestsNoPageAfterTheOneHoldingIt()
    {
        var connection = fixture.Connect();
        var output = new RecordingOutput { BeforeWriteObject = n => { if (n == 5) throw new PipelineStopped(); } };

        Assert.Throws<PipelineStopped>(() => List(new GetCustomerRequest { Connection = connection, PageSize = 3 }, output));

        Assert.Equal(4, output.Objects.Count);
        Assert.Equal(2, fixture.Emulator.Requests.Count("GET", "/v1/customers"));
        Assert.Empty(output.Errors);
    }

    [Fact]
    public void RunAsync_SearchWithTotalCount_WritesTheTotalFirstThenTheMatches()
    {
        var connection = fixture.Connect();

        var output = List(new GetCustomerRequest
        {
            Connection = connection,
            Mode = GetObjectsMode.Search,
            Query = "email:\"customer7@example.com\"",
            Paging = new PagingRequest(IncludeTotalCount: true),
        });

        Assert.Equal(new TotalCountOutput(1, 1.0), output.Objects[0]);
        Assert.Equal("customer7@example.com", Assert.Single(output.Values<Customer>()).Email);
        Assert.Contains("query=email:\"customer7@example.com\"", Assert.Single(fixture.Queries("GET", "/v1/customers/search")));
    }

    [Fact]
    public void RunAsync_ListWithTotalCount_WritesAnUnknownTotal()
    {
        var connection = fixture.Connect();

        var output = List(new GetCustomerRequest { Connection = connection, Paging = new PagingRequest(First: 1, IncludeTotalCount: true) });

        Assert.Equal(new TotalCountOutput(null, 0.0), output.Objects[0]);
        Assert.Equal(2, output.Objects.Count);
    }

    [Fact]
    public void RunAsync_SeveralPages_ShowsProgressAndAlwaysCompletesIt()
    {
        var connection = fixture.Connect(timeProvider: new FakeTimeProvider());

        var output = List(new GetCustomerRequest { Connection = connection, PageSize = 5 });

        var progress = output.Calls.Where(c => c.Stream == "Progress").Select(c => (PolvoProgress)c.Payload!).ToList();
        Assert.Contains(progress, p => !p.Completed && p.Activity == "Listing Stripe customers");
        Assert.True(progress[^1].Completed);
        Assert.Equal(EmulatorFixture.SeededCustomers, progress[^1].ItemsProcessed);
    }

    [Fact]
    public void RunAsync_OnePage_ShowsNoProgress()
    {
        var connection = fixture.Connect(timeProvider: new FakeTimeProvider());

        var output = List(new GetCustomerRequest { Connection = connection });

        Assert.DoesNotContain(output.Calls, c => c.Stream == "Progress");
    }

    [Fact]
    public void GetOneAsync_OneIdMissing_WritesItsErrorAndTheOthersGoOn()
    {
        var connection = fixture.Connect();
        var known = List(new GetCustomerRequest { Connection = connection, Paging = new PagingRequest(First: 2) }).Values<Customer>().Select(c => c.Id).ToList();
        var request = new GetCustomerRequest { Connection = connection, Mode = GetObjectsMode.ById, Expand = ["default_source"] };
        fixture.Emulator.Requests.Clear();

        var output = BridgeRun.Run(bridge =>
        {
            foreach (string id in new[] { known[0], "cus_DoesNotExist", known[1] })
            {
                bridge.StartItem(id, (item, writer, ct) => Operation.GetOneAsync(item, request, writer, ct));
            }
        });

        Assert.Equal(known.Order(), output.Values<Customer>().Select(c => c.Id).Order());
        var error = Assert.Single(output.Errors);
        Assert.Equal("resource_missing", error.ErrorId);
        Assert.Equal(PolvoErrorCategory.ObjectNotFound, error.Category);
        Assert.Equal("cus_DoesNotExist", error.TargetObject);
        Assert.StartsWith("req_", error.RequestId);
        Assert.Contains(error.RequestId!, error.DetailsMessage);
        Assert.False(string.IsNullOrWhiteSpace(error.RecommendedAction));
        Assert.Contains(fixture.Queries("GET", $"/v1/customers/{known[0]}"), q => q.Contains("expand[0]=default_source"));
    }

    [Fact]
    public void RunAsync_KeyRejected_EndsTheCommandWithOneAuthenticationError()
    {
        var connection = fixture.Connect("sk_test_not-a-valid-key");

        var error = Assert.Throws<PolvoTerminatingException>(() => List(new GetCustomerRequest { Connection = connection })).Error;

        Assert.Equal("api_key_invalid", error.ErrorId);
        Assert.Equal(PolvoErrorCategory.AuthenticationError, error.Category);
        Assert.DoesNotContain("sk_test_not-a-valid-key", error.Message);
    }

    private sealed class PipelineStopped : Exception;
}
