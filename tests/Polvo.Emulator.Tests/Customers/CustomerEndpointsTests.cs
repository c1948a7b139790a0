using System.Net;
using System.Text.Json;
using Polvo.Emulator.Tests.Support;

namespace Polvo.Emulator.Tests.Customers;

public class CustomerEndpointsTests : EmulatorTest
{
    protected override bool UseFakeClock => true;

    [Fact]
    public async Task Create_AllSupportedFields_ReturnsThemAsStripeDoes()
    {
        var response = await Client.PostAsync("/v1/customers",
            ("email", "jenny@example.com"), ("name", "Jenny Rosen"), ("phone", "+15555550100"), ("description", "VIP"),
            ("balance", "-250"), ("address[line1]", "1 Main St"), ("address[city]", "Lisbon"), ("address[country]", "PT"),
            ("shipping[name]", "Jenny"), ("shipping[address][city]", "Porto"), ("preferred_locales[0]", "pt"), ("preferred_locales[1]", "en"),
            ("invoice_prefix", "ABC123"), ("tax_exempt", "exempt"), ("metadata[order]", "42"), ("invoice_settings[footer]", "Thanks"),
            ("next_invoice_sequence", "7"));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        var c = response.Json;
        Assert.Matches("^cus_[A-Za-z0-9]{14}$", response.Id);
        Assert.Equal("customer", c.GetProperty("object").GetString());
        Assert.Equal(Time.GetUtcNow().ToUnixTimeSeconds(), c.GetProperty("created").GetInt64());
        Assert.False(c.GetProperty("livemode").GetBoolean());
        Assert.Equal("jenny@example.com", c.GetProperty("email").GetString());
        Assert.Equal("Jenny Rosen", c.GetProperty("name").GetString());
        Assert.Equal("+15555550100", c.GetProperty("phone").GetString());
        Assert.Equal("VIP", c.GetProperty("description").GetString());
        Assert.Equal(-250, c.GetProperty("balance").GetInt64());
        Assert.Equal("Lisbon", c.GetProperty("address").GetProperty("city").GetString());
        Assert.Equal(JsonValueKind.Null, c.GetProperty("address").GetProperty("state").ValueKind);
        Assert.Equal("Porto", c.GetProperty("shipping").GetProperty("address").GetProperty("city").GetString());
        Assert.Equal(["pt", "en"], c.GetProperty("preferred_locales").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("ABC123", c.GetProperty("invoice_prefix").GetString());
        Assert.Equal("exempt", c.GetProperty("tax_exempt").GetString());
        Assert.Equal("42", c.GetProperty("metadata").GetProperty("order").GetString());
        Assert.Equal("Thanks", c.GetProperty("invoice_settings").GetProperty("footer").GetString());
        Assert.Equal(7, c.GetProperty("next_invoice_sequence").GetInt64());
    }

    [Fact]
    public async Task Create_NoParameters_HasEveryFieldOfStripesFixture()
    {
        var fixture = Fixtures.Load("customer.json");

        var response = await Client.PostAsync("/v1/customers");

        Assert.Equal(Fixtures.Keys(fixture), Fixtures.Keys(response.Json));
        Assert.Equal(JsonValueKind.Null, response.Json.GetProperty("email").ValueKind);
        Assert.Equal(JsonValueKind.Null, response.Json.GetProperty("address").ValueKind);
        Assert.Equal("none", response.Json.GetProperty("tax_exempt").GetString());
        Assert.Matches("^[0-9A-F]{8}$", response.Json.GetProperty("invoice_prefix").GetString());
    }

    [Fact]
    public async Task Retrieve_Created_ReturnsSameObject()
    {
        var created = await Client.PostAsync("/v1/customers", ("email", "a@example.com"), ("metadata[k]", "v"));

        var fetched = await Client.GetAsync($"/v1/customers/{created.Id}");

        Assert.Equal(HttpStatusCode.OK, fetched.Status);
        Assert.Equal(created.Json.GetRawText(), fetched.Json.GetRawText());
    }

    [Fact]
    public async Task Update_Metadata_EmptyValueRemovesKeyOthersKept()
    {
        var id = await Client.CreateCustomerAsync(("metadata[a]", "1"), ("metadata[b]", "2"));

        var updated = await Client.PostAsync($"/v1/customers/{id}", ("metadata[a]", ""), ("metadata[c]", "3"), ("name", "New"));

        var metadata = updated.Json.GetProperty("metadata");
        Assert.False(metadata.TryGetProperty("a", out _));
        Assert.Equal("2", metadata.GetProperty("b").GetString());
        Assert.Equal("3", metadata.GetProperty("c").GetString());
        Assert.Equal("New", updated.Json.GetProperty("name").GetString());
    }

    [Fact]
    public async Task Update_MetadataEmpty_ClearsAllKeys()
    {
        var id = await Client.CreateCustomerAsync(("metadata[a]", "1"), ("metadata[b]", "2"));

        var updated = await Client.PostAsync($"/v1/customers/{id}", ("metadata", ""));

        Assert.Empty(updated.Json.GetProperty("metadata").EnumerateObject());
    }

    [Fact]
    public async Task Update_EmptyStringOnField_UnsetsIt()
    {
        var id = await Client.CreateCustomerAsync(("email", "a@example.com"), ("address[city]", "Braga"));

        var updated = await Client.PostAsync($"/v1/customers/{id}", ("email", ""), ("address", ""));

        Assert.Equal(JsonValueKind.Null, updated.Json.GetProperty("email").ValueKind);
        Assert.Equal(JsonValueKind.Null, updated.Json.GetProperty("address").ValueKind);
    }

    [Fact]
    public async Task Update_KeepsIdCreatedAndUntouchedFields()
    {
        var created = await Client.PostAsync("/v1/customers", ("email", "keep@example.com"));
        Time.Advance(TimeSpan.FromHours(1));

        var updated = await Client.PostAsync($"/v1/customers/{created.Id}", ("description", "d"));

        Assert.Equal(created.Id, updated.Id);
        Assert.Equal(created.Json.GetProperty("created").GetInt64(), updated.Json.GetProperty("created").GetInt64());
        Assert.Equal("keep@example.com", updated.Str("email"));
    }

    [Fact]
    public async Task Update_Missing_Returns404()
    {
        var response = await Client.PostAsync("/v1/customers/cus_missing", ("name", "x"));

        Assert.Equal(HttpStatusCode.NotFound, response.Status);
        Assert.Equal("resource_missing", response.Error.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Delete_Existing_ReturnsDeletedStubAndHidesFromList()
    {
        var id = await Client.CreateCustomerAsync();

        var deleted = await Client.DeleteAsync($"/v1/customers/{id}");
        var list = await Client.GetAsync("/v1/customers");
        var again = await Client.DeleteAsync($"/v1/customers/{id}");

        Assert.Equal(HttpStatusCode.OK, deleted.Status);
        Assert.Equal(id, deleted.Id);
        Assert.True(deleted.Json.GetProperty("deleted").GetBoolean());
        Assert.Equal("customer", deleted.Json.GetProperty("object").GetString());
        Assert.DoesNotContain(id, list.DataIds);
        Assert.Equal(HttpStatusCode.NotFound, again.Status);
    }

    [Fact]
    public async Task Retrieve_Deleted_ReturnsDeletedStub()
    {
        var id = await Client.CreateCustomerAsync();
        await Client.DeleteAsync($"/v1/customers/{id}");

        var fetched = await Client.GetAsync($"/v1/customers/{id}");

        Assert.Equal(HttpStatusCode.OK, fetched.Status);
        Assert.True(fetched.Json.GetProperty("deleted").GetBoolean());
    }

    [Theory]
    [InlineData("email", "not-an-email", "email")]
    [InlineData("tax_exempt", "sometimes", "tax_exempt")]
    [InlineData("invoice_prefix", "ab", "invoice_prefix")]
    [InlineData("balance", "1.5", "balance")]
    [InlineData("shipping[address][city]", "Porto", "shipping[name]")]
    public async Task Create_InvalidValue_Returns400NamingParam(string key, string value, string param)
    {
        var response = await Client.PostAsync("/v1/customers", (key, value));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(param, response.Error.GetProperty("param").GetString());
        Assert.Equal(0, Emulator.CustomerCount);
    }

    [Fact]
    public async Task Create_ConcurrentRequests_AllStoredWithDistinctIds()
    {
        var ids = await Task.WhenAll(Enumerable.Range(0, 50).Select(i => Client.CreateCustomerAsync(("email", $"c{i}@example.com"))));

        Assert.Equal(50, ids.Distinct().Count());
        Assert.Equal(50, Emulator.CustomerCount);
    }
}
