using Polvo.Emulator;
using Polvo.PowerShell.Errors;
using Polvo.PowerShell.Progress;
using Polvo.PowerShell.Stripe.Charges;
using Polvo.PowerShell.Stripe.Connections;
using Polvo.PowerShell.Stripe.Customers;
using Polvo.PowerShell.Stripe.Output;
using Polvo.PowerShell.Stripe.Paging;
using Polvo.PowerShell.Tests.TestSupport;
using Polvo.Stripe.Entities;

namespace Polvo.PowerShell.Tests.Stripe.Paging;

/// <summary>-Parallel (a partitioned export behind the List set) and -ThrottleLimit (ById), over a larger emulator.</summary>
public sealed class ParallelExportTests(ParallelExportTests.LargeEmulator fixture) : IClassFixture<ParallelExportTests.LargeEmulator>
{
    private const int Customers = 400;
    private const int Charges = 150;

    [Fact]
    public void RunAsync_CustomersParallel4_YieldsExactlyThePlainListsCustomers()
    {
        var connection = fixture.Connect();
        var plain = Ids(Run(new GetCustomerRequest { Connection = connection }).Values<Customer>());

        var output = Run(new GetCustomerRequest { Connection = connection, Parallel = 4, PageSize = 20 });

        var parallel = Ids(output.Values<Customer>());
        Assert.Equal(Customers, plain.Count);
        Assert.Equal(parallel.Count, parallel.Distinct().Count());
        Assert.Equal(plain.Order(), parallel.Order());
        Assert.All(output.Objects, o => Assert.Equal("Polvo.Stripe.Customer", Assert.IsType<StripeOutput>(o).TypeName));
        Assert.All(fixture.Queries("GET", "/v1/customers"), q => Assert.Contains("created[lt]=", q)); // partitions, not one list
        Assert.Empty(output.Errors);
    }

    [Fact]
    public void RunAsync_CreatedRangeWithFractionalSeconds_ParallelMatchesThePlainList()
    {
        var connection = fixture.Connect();
        var all = Run(new GetCustomerRequest { Connection = connection }).Values<Customer>();
        // Bounds in the middle of seconds that hold customers: created[gte] and created[lte] compare whole seconds.
        var after = all[300].Created.AddMilliseconds(600);
        var before = all[60].Created.AddMilliseconds(400);
        GetCustomerRequest Request(int parallel) => new() { Connection = connection, CreatedAfter = after, CreatedBefore = before, Parallel = parallel, PageSize = 15 };

        var plain = Ids(Run(Request(0)).Values<Customer>());
        var parallel = Ids(Run(Request(5)).Values<Customer>());

        Assert.InRange(plain.Count, 241, Customers - 1);
        Assert.Contains(all[300].Id, plain);
        Assert.Contains(all[60].Id, plain);
        Assert.Equal(plain.Order(), parallel.Order());
    }

    [Fact]
    public void RunAsync_EmailFilterInParallel_YieldsOnlyThatCustomer()
    {
        var connection = fixture.Connect();

        var output = Run(new GetCustomerRequest { Connection = connection, Email = "customer3@example.com", Parallel = 3 });

        Assert.Equal("customer3@example.com", Assert.Single(output.Values<Customer>()).Email);
        Assert.All(fixture.Queries("GET", "/v1/customers"), q => Assert.Contains("email=customer3@example.com", q));
    }

    [Fact]
    public void RunAsync_ParallelFirst10_WritesTenAndStopsTheExportEarly()
    {
        var connection = fixture.Connect();
        Run(new GetCustomerRequest { Connection = connection, Parallel = 4, PageSize = 10 });
        int fullExport = fixture.Emulator.Requests.Count("GET", "/v1/customers");

        var output = Run(new GetCustomerRequest { Connection = connection, Parallel = 4, PageSize = 10, Paging = new PagingRequest(First: 10) });

        Assert.Equal(10, output.Values<Customer>().Count);
        Assert.Equal(10, output.Values<Customer>().Select(c => c.Id).Distinct().Count());
        Assert.True(fixture.Emulator.Requests.Count("GET", "/v1/customers") < fullExport / 2,
            $"{fixture.Emulator.Requests.Count("GET", "/v1/customers")} requests for 10 customers; the full export took {fullExport}.");
    }

    [Fact]
    public void RunAsync_ParallelPipelineStopsDownstream_CancelsTheExportWithoutError()
    {
        var connection = fixture.Connect();
        var output = new RecordingOutput { BeforeWriteObject = n => { if (n == 6) throw new PipelineStopped(); } };

        Assert.Throws<PipelineStopped>(() => Run(new GetCustomerRequest { Connection = connection, Parallel = 4, PageSize = 10 }, output));

        Assert.Equal(5, output.Objects.Count);
        Assert.Empty(output.Errors);
        Assert.True(fixture.Emulator.Requests.Count("GET", "/v1/customers") < Customers / 10);
    }

    [Fact]
    public void RunAsync_ParallelSkipFirstAndTotal_WritesUnknownTotalThenTheRequestedWindow()
    {
        var connection = fixture.Connect();
        var plain = Ids(Run(new GetCustomerRequest { Connection = connection }).Values<Customer>()).ToHashSet();

        var output = Run(new GetCustomerRequest { Connection = connection, Parallel = 2, Paging = new PagingRequest(Skip: 5, First: 7, IncludeTotalCount: true) });

        Assert.Equal(new TotalCountOutput(null, 0.0), output.Objects[0]);
        var customers = output.Values<Customer>();
        Assert.Equal(7, customers.Count);
        Assert.All(customers, c => Assert.Contains(c.Id, plain));
    }

    [Fact]
    public void RunAsync_ParallelOverManyPages_ShowsProgressAndCompletesIt()
    {
        var connection = fixture.Connect(new FakeTimeProvider());

        // The export's end defaults to "now" on the connection's clock, which is fake here: give an explicit end.
        var output = Run(new GetCustomerRequest { Connection = connection, Parallel = 4, PageSize = 25, CreatedBefore = new DateTimeOffset(2100, 1, 1, 0, 0, 0, TimeSpan.Zero) });

        var progress = output.Calls.Where(c => c.Stream == "Progress").Select(c => (PolvoProgress)c.Payload!).ToList();
        Assert.Contains(progress, p => !p.Completed && p.Activity == "Exporting Stripe customers (4 partitions)");
        Assert.True(progress[^1].Completed);
        Assert.Equal(Customers, progress[^1].ItemsProcessed);
    }

    [Fact]
    public void RunAsync_ChargesParallel3_YieldsExactlyThePlainListsCharges()
    {
        var connection = fixture.Connect();
        var plain = Ids(BridgeRun.Run(b => b.Start((w, ct) => new GetChargeOperation().RunAsync(new GetChargeRequest { Connection = connection }, w, ct))).Values<Charge>());

        var parallel = Ids(BridgeRun.Run(b => b.Start((w, ct) =>
            new GetChargeOperation().RunAsync(new GetChargeRequest { Connection = connection, Parallel = 3, PageSize = 10 }, w, ct))).Values<Charge>());

        Assert.Equal(Charges, plain.Count);
        Assert.Equal(plain.Order(), parallel.Order());
    }

    [Fact]
    public void RunAsync_CreatedAfterLaterThanBefore_IsOneTerminatingErrorNamingTheParameters()
    {
        var connection = fixture.Connect();
        var now = new DateTimeOffset(2024, 6, 1, 0, 0, 0, TimeSpan.Zero);

        var error = Assert.Throws<PolvoTerminatingException>(() =>
            Run(new GetCustomerRequest { Connection = connection, CreatedAfter = now, CreatedBefore = now.AddDays(-1), Parallel = 2 })).Error;

        Assert.Contains("-CreatedAfter", error.Message);
        Assert.Contains("-CreatedBefore", error.Message);
    }

    [Fact]
    public void GetOneAsync_ThirtyIdsThrottled4_EachFoundOnceAndEachMissingIdItsOwnError()
    {
        var connection = fixture.Connect();
        var known = Ids(Run(new GetCustomerRequest { Connection = connection, Paging = new PagingRequest(First: 28) }).Values<Customer>());
        string[] ids = [.. known.Take(14), "cus_Missing1", .. known.Skip(14), "cus_Missing2"];
        var request = new GetCustomerRequest { Connection = connection, Mode = GetObjectsMode.ById };

        var output = BridgeRun.Run(
            bridge => Array.ForEach(ids, id => bridge.StartItem(id, (item, writer, ct) => new GetCustomerOperation().GetOneAsync(item, request, writer, ct))),
            throttleLimit: 4);

        Assert.Equal(known.Order(), Ids(output.Values<Customer>()).Order());
        Assert.Equal(["cus_Missing1", "cus_Missing2"], output.Errors.Select(e => (string)e.TargetObject!).Order());
        Assert.All(output.Errors, e => Assert.Equal(PolvoErrorCategory.ObjectNotFound, e.Category));
    }

    private RecordingOutput Run(GetCustomerRequest request, RecordingOutput? output = null)
    {
        fixture.Emulator.Requests.Clear();
        return BridgeRun.Run(bridge => bridge.Start((writer, ct) => new GetCustomerOperation().RunAsync(request, writer, ct)), output: output);
    }

    private static List<string> Ids<T>(IEnumerable<T> items)
        where T : StripeEntity => items.Select(i => i.Id).ToList();

    private sealed class PipelineStopped : Exception;

    /// <summary>An emulator with enough customers and charges for several partitions of several pages each.</summary>
    public sealed class LargeEmulator : IAsyncLifetime
    {
        public StripeEmulator Emulator { get; private set; } = null!;

        public async Task InitializeAsync() =>
            Emulator = await StripeEmulator.StartAsync(new EmulatorOptions { SeedCustomers = Customers, SeedCharges = Charges, RandomSeed = 11 });

        public async Task DisposeAsync() => await Emulator.DisposeAsync();

        internal PolvoStripeConnection Connect(TimeProvider? timeProvider = null) =>
            new ConnectionFactory(_ => null).Create(new ConnectionSettings
            {
                ApiKey = EmulatorFixture.Key,
                BaseUrl = Emulator.BaseUrl.ToString(),
                TimeProvider = timeProvider ?? TimeProvider.System,
                RequestsPerSecond = 100_000,
            });

        public IReadOnlyList<string> Queries(string method, string path) =>
            Emulator.Requests.Snapshot().Where(r => r.Method == method && r.Path == path).Select(r => Uri.UnescapeDataString(r.QueryString)).ToList();
    }
}
