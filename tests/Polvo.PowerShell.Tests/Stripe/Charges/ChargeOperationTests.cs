using System.Collections;
using Polvo.PowerShell.Stripe;
using Polvo.PowerShell.Stripe.Charges;
using Polvo.PowerShell.Stripe.Output;
using Polvo.PowerShell.Stripe.Paging;
using Polvo.PowerShell.Tests.TestSupport;
using Polvo.Stripe.Entities;

namespace Polvo.PowerShell.Tests.Stripe.Charges;

public class ChargeOperationTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private static readonly GetChargeOperation Get = new();
    private static readonly SetChargeOperation Set = new();

    private RecordingOutput List(GetChargeRequest request)
    {
        fixture.Emulator.Requests.Clear();
        return BridgeRun.Run(bridge => bridge.Start((writer, ct) => Get.RunAsync(request, writer, ct)));
    }

    [Fact]
    public void RunAsync_CustomerId_ListsOnlyThatCustomersChargesAsPolvoStripeCharge()
    {
        var connection = fixture.Connect();
        var all = List(new GetChargeRequest { Connection = connection }).Values<Charge>();
        string customer = all.First(c => c.Customer?.Id is not null).Customer!.Id!;

        var output = List(new GetChargeRequest { Connection = connection, CustomerId = customer, PageSize = 2 });

        var charges = output.Values<Charge>();
        Assert.Equal(all.Count(c => c.Customer?.Id == customer), charges.Count);
        Assert.All(charges, c => Assert.Equal(customer, c.Customer!.Id));
        Assert.All(output.Objects, o => Assert.Equal(StripeTypeNames.Charge, ((StripeOutput)o!).TypeName));
        Assert.All(fixture.Queries("GET", "/v1/charges"), q => Assert.Contains($"customer={customer}", q));
    }

    [Fact]
    public void ListForCustomerAsync_PipedCustomersIds_ListsEachCustomersChargesWithTheRequestsFilters()
    {
        var connection = fixture.Connect();
        var all = List(new GetChargeRequest { Connection = connection }).Values<Charge>();
        var customers = all.Select(c => c.Customer?.Id).OfType<string>().Distinct().Take(2).ToList();
        var request = new GetChargeRequest { Connection = connection, PageSize = 2 };
        fixture.Emulator.Requests.Clear();

        var output = BridgeRun.Run(bridge =>
        {
            foreach (object? customer in customers)
            {
                bridge.StartItem(customer, (item, w, ct) => Get.ListForCustomerAsync(item, request, w, ct));
            }
        });

        var charges = output.Values<Charge>();
        Assert.Equal(2, customers.Count);
        Assert.Equal(all.Count(c => c.Customer?.Id is { } id && customers.Contains(id)), charges.Count);
        Assert.Equal(charges.Count, charges.Select(c => c.Id).Distinct().Count());
        Assert.Empty(output.Errors);
        var queries = fixture.Queries("GET", "/v1/charges");
        Assert.All(queries, q => Assert.Contains("limit=2", q));
        Assert.All(customers, id => Assert.Contains(queries, q => q.Contains($"customer={id}", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    [InlineData(42)]
    public void ListForCustomerAsync_PipedObjectWithoutStringId_ItemErrorNamingCustomerAndNoRequest(object? id)
    {
        var connection = fixture.Connect();
        var request = new GetChargeRequest { Connection = connection };
        fixture.Emulator.Requests.Clear();

        var output = BridgeRun.Run(bridge => bridge.StartItem(id, (item, w, ct) => Get.ListForCustomerAsync(item, request, w, ct)));

        var error = Assert.Single(output.Errors);
        Assert.Contains("Polvo.Stripe.Customer has no Id", error.Message);
        Assert.Contains("-CustomerId", error.Message);
        Assert.Empty(output.Objects);
        Assert.Equal(0, fixture.Emulator.Requests.Total);
    }

    [Fact]
    public void ForCustomer_Request_KeepsFiltersPageSizeAndPagingAndListsTheTrimmedId()
    {
        var connection = fixture.Connect();
        var after = new DateTimeOffset(2024, 1, 2, 0, 0, 0, TimeSpan.Zero);
        var paging = new PagingRequest(Skip: 1, First: 3);
        var request = new GetChargeRequest { Connection = connection, Mode = GetObjectsMode.ById, CreatedAfter = after, PageSize = 7, Paging = paging };

        var forCustomer = request.ForCustomer(" cus_123 ");

        Assert.Equal(GetObjectsMode.List, forCustomer.Mode);
        Assert.Equal("cus_123", forCustomer.CustomerId);
        Assert.Equal(after, forCustomer.CreatedAfter);
        Assert.Equal(7, forCustomer.PageSize);
        Assert.Same(paging, forCustomer.Paging);
        Assert.Equal("cus_123", forCustomer.ToListOptions(7).Customer);
    }

    [Fact]
    public void GetOneAsync_ExistingCharge_WritesIt()
    {
        var connection = fixture.Connect();
        string id = List(new GetChargeRequest { Connection = connection, Paging = new PagingRequest(First: 1) }).Values<Charge>()[0].Id;
        var request = new GetChargeRequest { Connection = connection, Mode = GetObjectsMode.ById };

        var output = BridgeRun.Run(bridge => bridge.StartItem(id, (item, w, ct) => Get.GetOneAsync(item, request, w, ct)));

        Assert.Equal(id, Assert.Single(output.Values<Charge>()).Id);
    }

    [Fact]
    public void SetRunAsync_DescriptionReceiptAndMetadata_UpdatesTheCharge()
    {
        var connection = fixture.Connect();
        string id = List(new GetChargeRequest { Connection = connection, Paging = new PagingRequest(First: 1) }).Values<Charge>()[0].Id;
        var context = new StripeCommandContext { Connection = connection };
        var item = new ChargeWriteRequest { Id = id, Description = "Order A-1", ReceiptEmail = "billing@example.com", Metadata = new Hashtable { ["order"] = "A-1" } };

        var output = BridgeRun.Run(bridge => bridge.StartItem(item.Target, (_, w, ct) => Set.RunAsync(item, context, w, ct)));

        var charge = Assert.Single(output.Values<Charge>());
        Assert.Equal(("Order A-1", "billing@example.com", "A-1"), (charge.Description, charge.ReceiptEmail, charge.Metadata!["order"]));
        Assert.Empty(output.Errors);
    }

    [Fact]
    public void ToListOptions_CreatedAfterLaterThanBefore_ErrorNamesBothParameters()
    {
        var request = new GetChargeRequest { Connection = null!, CreatedAfter = DateTimeOffset.UnixEpoch.AddDays(2), CreatedBefore = DateTimeOffset.UnixEpoch };

        var error = Assert.Throws<ArgumentException>(() => request.ToListOptions(100));

        Assert.Contains("-CreatedAfter", error.Message);
        Assert.Contains("-CreatedBefore", error.Message);
    }
}
