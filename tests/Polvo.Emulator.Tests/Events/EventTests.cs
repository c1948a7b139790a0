using System.Net;
using System.Text.Json;
using Polvo.Emulator.Tests.Support;

namespace Polvo.Emulator.Tests.Events;

public class EventTests : EmulatorTest
{
    [Fact]
    public async Task EveryChange_RecordsAnEventWithStripesShape()
    {
        var created = await Client.PostAsync("/v1/products", "idem-evt", ("name", "Lamp"));
        var updated = await Client.PostAsync($"/v1/products/{created.Id}", ("name", "Desk lamp"), ("metadata[k]", "v"));
        await Client.DeleteAsync($"/v1/products/{created.Id}");

        var events = await Client.GetAsync("/v1/events");

        var data = events.Json.GetProperty("data").EnumerateArray().ToList();
        Assert.Equal(["product.deleted", "product.updated", "product.created"], data.Select(e => e.GetProperty("type").GetString()));
        var first = data[2];
        Assert.Matches("^evt_[A-Za-z0-9]{24}$", first.GetProperty("id").GetString());
        Assert.Equal("event", first.GetProperty("object").GetString());
        Assert.Equal("2020-08-27", first.GetProperty("api_version").GetString());
        Assert.Equal(created.Id, first.GetProperty("data").GetProperty("object").GetProperty("id").GetString());
        Assert.Equal(created.Header("Request-Id"), first.GetProperty("request").GetProperty("id").GetString());
        Assert.Equal("idem-evt", first.GetProperty("request").GetProperty("idempotency_key").GetString());
        Assert.False(first.GetProperty("livemode").GetBoolean());
        var previous = data[1].GetProperty("data").GetProperty("previous_attributes");
        Assert.Equal("Lamp", previous.GetProperty("name").GetString());
        Assert.Empty(previous.GetProperty("metadata").EnumerateObject());
        Assert.Equal("Desk lamp", data[1].GetProperty("data").GetProperty("object").GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, data[1].GetProperty("request").GetProperty("idempotency_key").ValueKind);
        Assert.Equal(updated.Header("Request-Id"), data[1].GetProperty("request").GetProperty("id").GetString());
    }

    [Fact]
    public async Task FastPathResources_RecordEventsToo()
    {
        var customer = await Client.CreateCustomerAsync(("email", "e@example.com"));
        await Client.PostAsync($"/v1/customers/{customer}", ("name", "Eve"));
        await ResourceSetups.ChargeAsync(Client, 500);
        await Client.PostAsync("/v1/charges", ("amount", "500"), ("currency", "usd"), ("source", "tok_chargeDeclined"));
        await Client.DeleteAsync($"/v1/customers/{customer}");

        var events = await Client.GetAsync("/v1/events");

        Assert.Equal(["customer.deleted", "charge.failed", "charge.succeeded", "customer.updated", "customer.created"],
            events.Json.GetProperty("data").EnumerateArray().Select(e => e.GetProperty("type").GetString()));
        var update = events.Json.GetProperty("data")[3].GetProperty("data");
        Assert.Equal(JsonValueKind.Null, update.GetProperty("previous_attributes").GetProperty("name").ValueKind);
    }

    [Fact]
    public async Task List_FiltersByTypeWildcardTypesAndCreated()
    {
        var invoice = await ResourceSetups.OpenInvoiceAsync(Client, 700);
        await Client.PostAsync($"/v1/invoices/{invoice}/pay");

        var paid = await Client.GetAsync("/v1/events?type=invoice.paid");
        var invoices = await Client.GetAsync("/v1/events?type=invoice.*&limit=100");
        var two = await Client.GetAsync("/v1/events?types[]=invoice.paid&types[]=invoice.finalized");
        var future = await Client.GetAsync($"/v1/events?created[gt]={DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds()}");
        var both = await Client.GetAsync("/v1/events?type=invoice.paid&types[]=invoice.paid");

        var paidEvent = Assert.Single(paid.Json.GetProperty("data").EnumerateArray());
        Assert.Equal(invoice, paidEvent.GetProperty("data").GetProperty("object").GetProperty("id").GetString());
        Assert.Equal("open", paidEvent.GetProperty("data").GetProperty("previous_attributes").GetProperty("status").GetString());
        Assert.All(invoices.Json.GetProperty("data").EnumerateArray(), e => Assert.StartsWith("invoice.", e.GetProperty("type").GetString(), StringComparison.Ordinal));
        Assert.Contains("invoice.payment_succeeded", invoices.Json.GetProperty("data").EnumerateArray().Select(e => e.GetProperty("type").GetString()));
        Assert.Equal(["invoice.paid", "invoice.finalized"], two.Json.GetProperty("data").EnumerateArray().Select(e => e.GetProperty("type").GetString()));
        Assert.Empty(future.DataIds);
        Assert.Equal(HttpStatusCode.BadRequest, both.Status);
    }

    [Fact]
    public async Task Retrieve_ReturnsTheEventOrA404()
    {
        await Client.CreateCustomerAsync();
        var listed = await Client.GetAsync("/v1/events");

        var fetched = await Client.GetAsync($"/v1/events/{listed.DataIds[0]}");
        var missing = await Client.GetAsync("/v1/events/evt_missing");

        Assert.Equal(listed.Json.GetProperty("data")[0].GetRawText(), fetched.Json.GetRawText());
        Assert.Equal(HttpStatusCode.NotFound, missing.Status);
    }

    [Fact]
    public async Task IdempotentReplay_RecordsNoSecondEvent()
    {
        await Client.PostAsync("/v1/coupons", "idem-coupon", ("percent_off", "5"));
        await Client.PostAsync("/v1/coupons", "idem-coupon", ("percent_off", "5"));

        var events = await Client.GetAsync("/v1/events");

        Assert.Single(events.DataIds);
    }
}
