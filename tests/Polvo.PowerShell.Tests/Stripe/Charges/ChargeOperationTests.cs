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
        using var connection = fixture.Connect();
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
    public void GetOneAsync_ExistingCharge_WritesIt()
    {
        using var connection = fixture.Connect();
        string id = List(new GetChargeRequest { Connection = connection, Paging = new PagingRequest(First: 1) }).Values<Charge>()[0].Id;
        var request = new GetChargeRequest { Connection = connection, Mode = GetObjectsMode.ById };

        var output = BridgeRun.Run(bridge => bridge.StartItem(id, (item, w, ct) => Get.GetOneAsync(item, request, w, ct)));

        Assert.Equal(id, Assert.Single(output.Values<Charge>()).Id);
    }

    [Fact]
    public void SetRunAsync_DescriptionReceiptAndMetadata_UpdatesTheCharge()
    {
        using var connection = fixture.Connect();
        string id = List(new GetChargeRequest { Connection = connection, Paging = new PagingRequest(First: 1) }).Values<Charge>()[0].Id;
        var context = new StripeCommandContext { Connection = connection };
        var item = new ChargeWriteRequest { Id = id, Description = "Order A-1", ReceiptEmail = "billing@example.com", Metadata = new Hashtable { ["order"] = "A-1" } };

        var output = BridgeRun.Run(bridge => bridge.StartItem(item.Target, (_, w, ct) => Set.RunAsync(item, context, w, ct)));

        var charge = Assert.Single(output.Values<Charge>());
        Assert.Equal(("Order A-1", "billing@example.com", "A-1"), (charge.Description, charge.ReceiptEmail, charge.Metadata!["order"]));
        Assert.Empty(output.Errors);
    }

    [Fact]
    public void ListFilters_CreatedAfterLaterThanBefore_ErrorNamesBothParameters()
    {
        var request = new GetChargeRequest { Connection = null!, CreatedAfter = DateTimeOffset.UnixEpoch.AddDays(2), CreatedBefore = DateTimeOffset.UnixEpoch };

        var error = Assert.Throws<ArgumentException>(() => request.ListFilters());

        Assert.Contains("-CreatedAfter", error.Message);
        Assert.Contains("-CreatedBefore", error.Message);
    }
}
