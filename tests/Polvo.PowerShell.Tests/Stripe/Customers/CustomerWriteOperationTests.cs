using System.Collections;
using Polvo.PowerShell.Errors;
using Polvo.PowerShell.Pipeline;
using Polvo.PowerShell.Stripe;
using Polvo.PowerShell.Stripe.Customers;
using Polvo.PowerShell.Stripe.Output;
using Polvo.PowerShell.Tests.TestSupport;
using Polvo.Stripe.Entities;

namespace Polvo.PowerShell.Tests.Stripe.Customers;

public class CustomerWriteOperationTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private static readonly NewCustomerOperation New = new();
    private static readonly SetCustomerOperation Set = new();
    private static readonly RemoveCustomerOperation Remove = new();

    private StripeCommandContext Context(string key = EmulatorFixture.Key) => new() { Connection = fixture.Connect(key) };

    [Fact]
    public void NewRunAsync_CsvRows_CreatesEachWithItsFieldsAndMetadata()
    {
        var context = Context();
        var rows = Enumerable.Range(1, 6).Select(i => new CustomerWriteRequest
        {
            Email = $"bulk{i}@example.com",
            Name = $"Bulk {i}",
            Phone = "+15555550100",
            Metadata = new Hashtable { ["row"] = i, ["source"] = "csv" },
        }).ToList();

        var output = BridgeRun.Run(bridge => rows.ForEach(row => bridge.StartItem(row.Target, (_, w, ct) => New.RunAsync(row, context, w, ct))), throttleLimit: 3);

        var created = output.Values<Customer>().OrderBy(c => c.Email, StringComparer.Ordinal).ToList();
        Assert.Equal(rows.Select(r => r.Email), created.Select(c => c.Email));
        Assert.All(created, c => Assert.Equal("csv", c.Metadata!["source"]));
        Assert.Equal("3", created.Single(c => c.Email == "bulk3@example.com").Metadata!["row"]);
        Assert.All(output.Objects, o => Assert.Equal(StripeTypeNames.Customer, ((StripeOutput)o!).TypeName));
    }

    [Fact]
    public void NewRunAsync_ThrottleLimit2_NeverRunsMoreThanTwoItemsAtOnce()
    {
        var context = Context();
        int running = 0, highest = 0;
        async Task Tracked(CustomerWriteRequest item, IPipelineWriter writer, CancellationToken ct)
        {
            int now = Interlocked.Increment(ref running);
            InterlockedMax(ref highest, now);
            try
            {
                await New.RunAsync(item, context, writer, ct);
            }
            finally
            {
                Interlocked.Decrement(ref running);
            }
        }

        var output = BridgeRun.Run(
            bridge =>
            {
                for (int i = 0; i < 8; i++)
                {
                    var item = new CustomerWriteRequest { Email = $"throttle{i}@example.com" };
                    bridge.StartItem(item, Tracked);
                }
            },
            throttleLimit: 2);

        Assert.Equal(8, output.Values<Customer>().Count);
        Assert.InRange(highest, 1, 2);
    }

    [Fact]
    public void NewRunAsync_SameIdempotencyKeyTwice_CreatesOneCustomer()
    {
        var context = Context();
        var item = new CustomerWriteRequest { Email = "once@example.com", IdempotencyKey = "polvo-test-once-" + Guid.NewGuid().ToString("N") };
        int before = fixture.Emulator.CustomerCount;

        var first = BridgeRun.Run(bridge => bridge.StartItem(item.Target, (_, w, ct) => New.RunAsync(item, context, w, ct))).Values<Customer>();
        var second = BridgeRun.Run(bridge => bridge.StartItem(item.Target, (_, w, ct) => New.RunAsync(item, context, w, ct))).Values<Customer>();

        Assert.Equal(Assert.Single(first).Id, Assert.Single(second).Id);
        Assert.Equal(before + 1, fixture.Emulator.CustomerCount);
    }

    [Fact]
    public void SetRunAsync_OneIdMissing_UpdatesTheOthersAndWritesOneErrorForIt()
    {
        var context = Context();
        var ids = CreateCustomers(context, 2);
        var items = new[] { ids[0], "cus_Missing42", ids[1] }
            .Select(id => new CustomerWriteRequest { Id = id, Description = "VIP", Metadata = new Hashtable { ["tier"] = "gold" } }).ToList();

        var output = BridgeRun.Run(bridge => items.ForEach(item => bridge.StartItem(item.Target, (_, w, ct) => Set.RunAsync(item, context, w, ct))));

        var updated = output.Values<Customer>();
        Assert.Equal(ids.Order(), updated.Select(c => c.Id).Order());
        Assert.All(updated, c => Assert.Equal("gold", c.Metadata!["tier"]));
        Assert.All(updated, c => Assert.Equal("VIP", c.Description));
        var error = Assert.Single(output.Errors);
        Assert.Equal("cus_Missing42", error.TargetObject);
        Assert.Equal(PolvoErrorCategory.ObjectNotFound, error.Category);
    }

    [Fact]
    public void SetRunAsync_NoId_ErrorNamesTheIdParameter()
    {
        var item = new CustomerWriteRequest { Email = "x@example.com" };
        var context = Context();

        var error = Assert.Single(BridgeRun.Run(bridge => bridge.StartItem(item.Target, (_, w, ct) => Set.RunAsync(item, context, w, ct))).Errors);

        Assert.Equal(PolvoErrorCategory.InvalidArgument, error.Category);
        Assert.Contains("-Id", error.Message);
        Assert.Equal("x@example.com", Assert.IsType<Dictionary<string, object?>>(error.TargetObject)["Email"]);
    }

    [Fact]
    public void RemoveRunAsync_Existing_WritesTheDeletedMarkerAndTheCustomerIsGone()
    {
        var context = Context();
        string id = CreateCustomers(context, 1)[0];
        var item = new CustomerWriteRequest { Id = id };

        var output = BridgeRun.Run(bridge => bridge.StartItem(item.Target, (_, w, ct) => Remove.RunAsync(item, context, w, ct)));

        var marker = Assert.IsType<StripeOutput>(Assert.Single(output.Objects));
        Assert.Equal(StripeTypeNames.DeletedObject, marker.TypeName);
        var deleted = Assert.IsType<Customer>(marker.Value);
        Assert.Equal(id, deleted.Id);
        Assert.True(deleted.Deleted);
    }

    [Fact]
    public void RemoveRunAsync_ReadOnlyKey_EndsTheCommandWithOnePermissionDeniedError()
    {
        var writer = Context();
        string id = CreateCustomers(writer, 1)[0];
        var readOnly = Context("rk_test_ReadOnly1");
        var item = new CustomerWriteRequest { Id = id };

        var error = Assert.Throws<PolvoTerminatingException>(() => BridgeRun.Run(bridge => bridge.StartItem(item.Target, (_, w, ct) => Remove.RunAsync(item, readOnly, w, ct)))).Error;

        Assert.Equal(PolvoErrorCategory.PermissionDenied, error.Category);
        Assert.Equal("StripePermissionError", error.ErrorId);
        Assert.Equal(id, error.TargetObject);
        Assert.NotNull(error.RequestId);
    }

    private List<string> CreateCustomers(StripeCommandContext context, int count) =>
        Enumerable.Range(0, count)
            .Select(_ => context.Connection.Client.Customers.CreateAsync(new Polvo.Stripe.Services.CustomerCreateOptions { Email = "made@example.com" }).GetAwaiter().GetResult().Id)
            .ToList();

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while (value > (current = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}
