using System.Net;
using Polvo.Emulator.Tests.Support;

namespace Polvo.Emulator.Tests.Seeding;

public class GenericSeedingTests
{
    [Fact]
    public async Task SeedInvoices_N_ServesNDistinctDraftsForSeededCustomers()
    {
        await using var emulator = await Emulators.StartAsync(o => { o.SeedInvoices = 250; o.SeedCustomers = 20; });
        using var client = new ApiClient(emulator);

        var ids = new List<string>();
        string? cursor = null;
        do
        {
            var page = await client.GetAsync("/v1/invoices?limit=100" + (cursor is null ? "" : $"&starting_after={cursor}"));
            Assert.Equal(HttpStatusCode.OK, page.Status);
            ids.AddRange(page.DataIds);
            cursor = page.HasMore ? page.DataIds[^1] : null;
        }
        while (cursor is not null);
        var first = await client.GetAsync($"/v1/invoices/{ids[0]}");
        var customer = await client.GetAsync($"/v1/customers/{first.Str("customer")}");

        Assert.Equal(250, ids.Distinct().Count());
        Assert.All(ids, id => Assert.Matches("^in_[A-Za-z0-9]{24}$", id));
        Assert.Equal("draft", first.Str("status"));
        Assert.Equal(HttpStatusCode.OK, customer.Status);
    }

    [Fact]
    public async Task SeededProduct_UpdateAndDelete_BehaveLikeCreatedOnes()
    {
        await using var emulator = await Emulators.StartAsync(o => o.SeedProducts = 30);
        using var client = new ApiClient(emulator);
        var listed = await client.GetAsync("/v1/products?limit=1");
        var id = listed.DataIds[0];

        var updated = await client.PostAsync($"/v1/products/{id}", ("name", "Renamed"));
        var fetched = await client.GetAsync($"/v1/products/{id}");
        var deleted = await client.DeleteAsync($"/v1/products/{id}");
        var after = await client.GetAsync("/v1/products?limit=100");

        Assert.Equal("Renamed", updated.Str("name"));
        Assert.Equal("Renamed", fetched.Str("name"));
        Assert.True(deleted.Json.GetProperty("deleted").GetBoolean());
        Assert.Equal(29, after.DataIds.Length);
        Assert.DoesNotContain(id, after.DataIds);
    }
}
