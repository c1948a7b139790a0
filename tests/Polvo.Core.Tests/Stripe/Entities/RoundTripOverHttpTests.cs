using System.Text.Json;
using Polvo.Core.Tests.TestSupport;
using Polvo.Stripe;
using Polvo.Stripe.Entities;
using Polvo.Stripe.Services;

namespace Polvo.Core.Tests.Stripe.Entities;

/// <summary>
/// Lossless round trips of what the emulator really sends: the typed object, serialized with
/// <see cref="StripeJsonContext"/>, equals the raw JSON of the same object (fields the entity does not type included),
/// and deserializing that again changes nothing.
/// </summary>
public sealed class RoundTripOverHttpTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>, IDisposable
{
    private readonly StripeClient _client = fixture.CreateClient();

    public void Dispose() => _client.Dispose();

    [Fact]
    public async Task Customer_EveryFieldSet_SerializesBackToTheEmulatorsJson()
    {
        var created = await NewFullCustomerAsync();

        var typed = await _client.Customers.GetAsync(created.Id);
        var raw = await _client.Raw.SendAsync(HttpMethod.Get, $"/v1/customers/{created.Id}");

        AssertLossless(raw, typed, StripeJsonContext.Default.Customer);
    }

    [Fact]
    public async Task Customer_Deleted_SerializesBackToTheEmulatorsJson()
    {
        var created = await NewFullCustomerAsync();
        var deleted = await _client.Customers.DeleteAsync(created.Id);

        var raw = await _client.Raw.SendAsync(HttpMethod.Get, $"/v1/customers/{created.Id}");

        AssertLossless(raw, deleted, StripeJsonContext.Default.Customer);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Charge_WithCustomerIdOrExpanded_SerializesBackToTheEmulatorsJson(bool expand)
    {
        var customer = await NewFullCustomerAsync();
        var created = await _client.Charges.CreateAsync(new ChargeCreateOptions
        {
            Amount = 4_200, Currency = "usd", Customer = customer.Id, Source = "tok_amex", Description = "round trip",
            Metadata = new() { ["order"] = "7" },
            Shipping = new ChargeCreateShippingOptions { Name = "Jo", Carrier = "UPS", TrackingNumber = "1Z", Address = new AddressOptions { Line1 = "3 Road", Country = "US" } },
        });
        var query = expand ? "?expand[0]=customer" : string.Empty;

        var typed = await _client.Charges.GetAsync(created.Id, expand ? new ChargeGetOptions { Expand = ["customer"] } : null);
        var raw = await _client.Raw.SendAsync(HttpMethod.Get, $"/v1/charges/{created.Id}{query}");

        Assert.Equal(expand, typed.Customer!.IsExpanded);
        AssertLossless(raw, typed, StripeJsonContext.Default.Charge);
    }

    [Fact]
    public async Task Charge_FieldsTheEntityDoesNotType_AreKeptAndWrittenBack()
    {
        var created = await _client.Charges.CreateAsync(new ChargeCreateOptions { Amount = 800, Currency = "usd", Source = "tok_visa" });
        var raw = await _client.Raw.SendAsync(HttpMethod.Get, $"/v1/charges/{created.Id}");

        var untyped = raw.EnumerateObject().Select(p => p.Name).Where(name => !TypedNames(StripeJsonContext.Default.Charge).Contains(name)).ToList();

        Assert.Contains("source", untyped); // the emulator sends the card source; Charge has no property for it
        Assert.NotNull(created.ExtensionData);
        Assert.Equal(untyped.Order(), created.ExtensionData.Keys.Order());
        var written = JsonSerializer.SerializeToElement(created, StripeJsonContext.Default.Charge);
        Assert.Equal(raw.GetProperty("source").GetRawText(), written.GetProperty("source").GetRawText());
    }

    [Fact]
    public async Task ListPage_OfCustomers_SerializesBackToTheEmulatorsJson()
    {
        var email = Unique.Email("listrt");
        await _client.Customers.CreateAsync(new CustomerCreateOptions { Email = email, Metadata = new() { ["a"] = "1" } });
        await _client.Customers.CreateAsync(new CustomerCreateOptions { Email = email, Name = "Second" });

        var page = await _client.Customers.ListPagesAsync(new CustomerListOptions { Email = email, Limit = 1 }).FirstAsync();
        var raw = await _client.Raw.SendAsync(HttpMethod.Get, "/v1/customers", new Dictionary<string, object?> { ["limit"] = 1, ["email"] = email });

        Assert.True(page.HasMore);
        AssertLossless(raw, page, StripeJsonContext.Default.StripeListCustomer);
    }

    [Fact]
    public async Task SearchPage_OfCharges_SerializesBackToTheEmulatorsJson()
    {
        var run = Unique.Marker();
        for (var i = 0; i < 3; i++)
        {
            await _client.Charges.CreateAsync(new ChargeCreateOptions { Amount = 100 + i, Currency = "usd", Source = "tok_visa", Metadata = new() { ["run"] = run } });
        }

        var query = $"metadata[\"run\"]:\"{run}\"";
        var page = await _client.Charges.SearchPagesAsync(new ChargeSearchOptions { Query = query, Limit = 2, Expand = ["total_count"] }).FirstAsync();
        var raw = await _client.Raw.SendAsync(HttpMethod.Get, "/v1/charges/search", new Dictionary<string, object?> { ["query"] = query, ["limit"] = 2, ["expand"] = new[] { "total_count" } });

        Assert.Equal(3, page.TotalCount);
        AssertLossless(raw, page, StripeJsonContext.Default.SearchResultCharge);
    }

    private static void AssertLossless<T>(JsonElement raw, T typed, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> typeInfo)
    {
        var written = JsonSerializer.SerializeToElement(typed, typeInfo);
        Assert.Empty(JsonSemantics.Differences(raw, written));
        var again = JsonSerializer.SerializeToElement(JsonSerializer.Deserialize(written, typeInfo)!, typeInfo);
        Assert.Empty(JsonSemantics.Differences(written, again));
    }

    private static HashSet<string> TypedNames<T>(System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> typeInfo) =>
        typeInfo.Properties.Select(p => p.Name).ToHashSet();

    private Task<Customer> NewFullCustomerAsync() =>
        _client.Customers.CreateAsync(new CustomerCreateOptions
        {
            Email = Unique.Email("rt"),
            Name = "Round Trip",
            Phone = "+351000000",
            Description = "all the fields",
            Balance = 1_500,
            Address = new AddressOptions { Line1 = "1 Rua", Line2 = "2o", City = "Porto", State = "PT-13", PostalCode = "4000", Country = "PT" },
            Shipping = new ShippingOptions { Name = "RT", Phone = "+351111", Address = new AddressOptions { Line1 = "9 Rua", Country = "PT" } },
            PreferredLocales = ["pt-PT"],
            InvoicePrefix = "POLVO7",
            TaxExempt = Customer.TaxExemptValues.Exempt,
            Metadata = new() { ["k1"] = "v1", ["k2"] = "v2" },
        });
}
