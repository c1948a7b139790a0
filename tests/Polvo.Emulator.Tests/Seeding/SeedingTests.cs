using System.Net;
using Polvo.Emulator.Tests.Support;

namespace Polvo.Emulator.Tests.Seeding;

public class SeedingTests
{
    private static readonly DateTimeOffset Now = new(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);

    private static async Task<List<(string Id, long Created, string Email)>> ListAllAsync(ApiClient client, string path = "/v1/customers")
    {
        var all = new List<(string, long, string)>();
        string? cursor = null;
        do
        {
            var page = await client.GetAsync($"{path}?limit=100" + (cursor is null ? "" : $"&starting_after={cursor}"));
            all.AddRange(page.Json.GetProperty("data").EnumerateArray().Select(e =>
                (e.GetProperty("id").GetString()!, e.GetProperty("created").GetInt64(), e.TryGetProperty("email", out var m) ? m.GetString() ?? "" : "")));
            cursor = page.HasMore ? page.DataIds[^1] : null;
        }
        while (cursor is not null);
        return all;
    }

    [Fact]
    public async Task SeedCustomers_N_CreatesNDeterministicCustomersOverThePastYear()
    {
        await using var emulator = await Emulators.StartAsync(o => { o.SeedCustomers = 1_500; o.TimeProvider = new FakeTimeProvider(Now); });
        using var client = new ApiClient(emulator);

        var all = await ListAllAsync(client);

        Assert.Equal(1_500, emulator.CustomerCount);
        Assert.Equal(1_500, all.Select(c => c.Id).Distinct().Count());
        Assert.True(Enumerable.Range(1, 1_500).Select(i => $"customer{i}@example.com").ToHashSet().SetEquals(all.Select(c => c.Email)));
        var now = Now.ToUnixTimeSeconds();
        Assert.All(all, c => Assert.InRange(c.Created, now - (365L * 24 * 3600), now - 1));
        Assert.True(all[0].Created - all[^1].Created > 300L * 24 * 3600, "created should spread over most of the year");
        Assert.True(all.GroupBy(c => c.Created).Max(g => g.Count()) >= 10, "some customers should share one second");
        Assert.All(all, c => Assert.Matches("^cus_[A-Za-z0-9]{14}$", c.Id));
    }

    [Fact]
    public async Task SeedCustomers_SameSeed_SameData_OtherSeed_OtherIds()
    {
        await using var a = await Emulators.StartAsync(o => { o.SeedCustomers = 50; o.RandomSeed = 1; o.TimeProvider = new FakeTimeProvider(Now); });
        await using var b = await Emulators.StartAsync(o => { o.SeedCustomers = 50; o.RandomSeed = 1; o.TimeProvider = new FakeTimeProvider(Now); });
        await using var c = await Emulators.StartAsync(o => { o.SeedCustomers = 50; o.RandomSeed = 2; o.TimeProvider = new FakeTimeProvider(Now); });
        using var ca = new ApiClient(a);
        using var cb = new ApiClient(b);
        using var cc = new ApiClient(c);

        var pageA = await ca.GetAsync("/v1/customers?limit=100");
        var pageB = await cb.GetAsync("/v1/customers?limit=100");
        var pageC = await cc.GetAsync("/v1/customers?limit=100");

        Assert.Equal(pageA.Json.GetRawText(), pageB.Json.GetRawText());
        Assert.Empty(pageA.DataIds.Intersect(pageC.DataIds));
    }

    [Fact]
    public async Task SeededCustomer_RetrieveUpdateDelete_BehaveLikeCreatedOnes()
    {
        await using var emulator = await Emulators.StartAsync(o => o.SeedCustomers = 100);
        using var client = new ApiClient(emulator);
        var ids = (await client.GetAsync("/v1/customers?limit=3")).DataIds;

        var fetched = await client.GetAsync($"/v1/customers/{ids[0]}");
        var updated = await client.PostAsync($"/v1/customers/{ids[1]}", ("name", "Renamed"), ("metadata[extra]", "1"));
        var refetched = await client.GetAsync($"/v1/customers/{ids[1]}");
        var deleted = await client.DeleteAsync($"/v1/customers/{ids[2]}");
        var page = await client.GetAsync("/v1/customers?limit=3");

        Assert.Equal(HttpStatusCode.OK, fetched.Status);
        Assert.Equal(ids[0], fetched.Id);
        Assert.Equal("Renamed", refetched.Str("name"));
        Assert.Equal(updated.Json.GetRawText(), refetched.Json.GetRawText());
        Assert.NotNull(refetched.Json.GetProperty("metadata").GetProperty("seed_index").GetString());
        Assert.True(deleted.Json.GetProperty("deleted").GetBoolean());
        Assert.Equal(99, emulator.CustomerCount);
        Assert.DoesNotContain(ids[2], page.DataIds);
    }

    [Fact]
    public async Task SeededCustomer_AlteredId_IsNotFound()
    {
        await using var emulator = await Emulators.StartAsync(o => o.SeedCustomers = 10);
        using var client = new ApiClient(emulator);
        var id = (await client.GetAsync("/v1/customers?limit=1")).DataIds[0];
        var altered = id[..^1] + (id[^1] == 'a' ? 'b' : 'a');

        var response = await client.GetAsync($"/v1/customers/{altered}");

        Assert.Equal(HttpStatusCode.NotFound, response.Status);
    }

    [Fact]
    public async Task SeededCustomers_SearchByEmail_FindsExactlyOne()
    {
        await using var emulator = await Emulators.StartAsync(o => o.SeedCustomers = 5_000);
        using var client = new ApiClient(emulator);

        var result = await client.GetAsync($"/v1/customers/search?query={Uri.EscapeDataString("email:\"customer1234@example.com\"")}");
        var list = await client.GetAsync("/v1/customers?email=customer4321@example.com");

        Assert.Equal("customer1234@example.com", Assert.Single(result.Json.GetProperty("data").EnumerateArray()).GetProperty("email").GetString());
        Assert.Single(list.DataIds);
    }

    [Fact]
    public async Task SeedCharges_WithCustomers_ReferenceSeededCustomers()
    {
        await using var emulator = await Emulators.StartAsync(o => { o.SeedCustomers = 20; o.SeedCharges = 300; });
        using var client = new ApiClient(emulator);

        var charges = await ListAllAsync(client, "/v1/charges");
        var first = await client.GetAsync($"/v1/charges/{charges[0].Id}?expand[]=customer");
        var customerId = first.Json.GetProperty("customer").GetProperty("id").GetString()!;
        var ofCustomer = await client.GetAsync($"/v1/charges?customer={customerId}&limit=100");

        Assert.Equal(300, charges.Count);
        Assert.Equal(300, emulator.ChargeCount);
        Assert.Equal("customer", first.Json.GetProperty("customer").GetProperty("object").GetString());
        Assert.Contains(charges[0].Id, ofCustomer.DataIds);
        Assert.All(ofCustomer.Json.GetProperty("data").EnumerateArray(), c => Assert.Equal(customerId, c.GetProperty("customer").GetString()));
    }

    [Fact]
    public async Task SeedCustomers_OneMillion_ServesPagesWithModestMemory()
    {
        var before = GC.GetTotalMemory(forceFullCollection: true);
        await using var emulator = await Emulators.StartAsync(o => o.SeedCustomers = 1_000_000);
        var after = GC.GetTotalMemory(forceFullCollection: true);
        using var client = new ApiClient(emulator);

        var first = await client.GetAsync("/v1/customers?limit=100");
        var next = await client.GetAsync($"/v1/customers?limit=100&starting_after={first.DataIds[^1]}");
        var oldest = await client.GetAsync("/v1/customers?limit=1&created[lte]=" + (first.Json.GetProperty("data")[0].GetProperty("created").GetInt64() - (364L * 24 * 3600)));

        Assert.Equal(1_000_000, emulator.CustomerCount);
        Assert.Equal(100, next.DataIds.Length);
        Assert.Empty(first.DataIds.Intersect(next.DataIds));
        Assert.Equal(HttpStatusCode.OK, oldest.Status);
        Assert.InRange(after - before, 0, 120L * 1024 * 1024);
    }

    [Fact]
    public async Task Create_ClockMovedBack_ListStaysOrderedByCreated()
    {
        var time = new FakeTimeProvider(Now);
        await using var emulator = await Emulators.StartAsync(o => { o.SeedCustomers = 10; o.TimeProvider = time; });
        using var client = new ApiClient(emulator);
        var newer = await client.CreateCustomerAsync();
        time.Advance(TimeSpan.FromDays(-200));

        var older = await client.CreateCustomerAsync();
        var all = await ListAllAsync(client);

        Assert.Equal(newer, all[0].Id);
        Assert.Contains(older, all.Select(c => c.Id));
        Assert.Equal(all.OrderByDescending(c => c.Created).Select(c => c.Created), all.Select(c => c.Created));
    }
}
