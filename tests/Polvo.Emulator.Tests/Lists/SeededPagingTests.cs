using Polvo.Emulator.Tests.Support;

namespace Polvo.Emulator.Tests.Lists;

/// <summary>Paging over seeded data where thousands of objects share one created second.</summary>
public class SeededPagingTests(SeededPagingTests.Seeded seeded) : IClassFixture<SeededPagingTests.Seeded>
{
    public sealed class Seeded : IAsyncLifetime
    {
        public StripeEmulator Emulator { get; private set; } = null!;

        public async Task InitializeAsync() => Emulator = await Emulators.StartAsync(o => { o.SeedCustomers = 20_000; o.SeedBurstMax = 5_000; });

        public async Task DisposeAsync() => await Emulator.DisposeAsync();
    }

    [Fact]
    public async Task List_PageThroughAll_NoLossNoDuplicatesNewestFirst()
    {
        using var client = new ApiClient(seeded.Emulator);
        var seen = new List<string>();
        var lastCreated = long.MaxValue;
        string? cursor = null;
        while (true)
        {
            var page = await client.GetAsync("/v1/customers?limit=100" + (cursor is null ? "" : $"&starting_after={cursor}"));
            foreach (var item in page.Json.GetProperty("data").EnumerateArray())
            {
                var created = item.GetProperty("created").GetInt64();
                Assert.True(created <= lastCreated);
                lastCreated = created;
                seen.Add(item.GetProperty("id").GetString()!);
            }

            if (!page.HasMore) break;
            cursor = seen[^1];
        }

        Assert.Equal(20_000, seen.Count);
        Assert.Equal(20_000, seen.Distinct().Count());
    }

    [Fact]
    public async Task List_CursorInsideSharedSecond_IsExact()
    {
        using var client = new ApiClient(seeded.Emulator);
        var all = new List<(string Id, long Created)>();
        string? cursor = null;
        do
        {
            var page = await client.GetAsync("/v1/customers?limit=100" + (cursor is null ? "" : $"&starting_after={cursor}"));
            all.AddRange(page.Json.GetProperty("data").EnumerateArray().Select(e => (e.GetProperty("id").GetString()!, e.GetProperty("created").GetInt64())));
            cursor = page.HasMore ? all[^1].Id : null;
        }
        while (cursor is not null);
        var busiest = all.GroupBy(x => x.Created).OrderByDescending(g => g.Count()).First();
        var inSecond = busiest.Select(x => x.Id).ToList();

        var middle = inSecond[inSecond.Count / 2];
        var after = await client.GetAsync($"/v1/customers?limit=5&created={busiest.Key}&starting_after={middle}");
        var before = await client.GetAsync($"/v1/customers?limit=5&created={busiest.Key}&ending_before={middle}");

        Assert.True(inSecond.Count >= 100, $"the seed should put many customers in one second, got {inSecond.Count}");
        var at = inSecond.IndexOf(middle);
        Assert.Equal(inSecond.Skip(at + 1).Take(5), after.DataIds);
        Assert.Equal(inSecond.Skip(at - 5).Take(5), before.DataIds);
    }

    [Fact]
    public async Task List_CreatedWindow_MatchesFullListingSubset()
    {
        using var client = new ApiClient(seeded.Emulator);
        var newest = (await client.GetAsync("/v1/customers?limit=1")).Json.GetProperty("data")[0].GetProperty("created").GetInt64();
        var from = newest - (30L * 24 * 3600);

        var count = 0;
        string? cursor = null;
        do
        {
            var page = await client.GetAsync($"/v1/customers?limit=100&created[gte]={from}" + (cursor is null ? "" : $"&starting_after={cursor}"));
            foreach (var item in page.Json.GetProperty("data").EnumerateArray()) Assert.True(item.GetProperty("created").GetInt64() >= from);
            count += page.DataIds.Length;
            cursor = page.HasMore ? page.DataIds[^1] : null;
        }
        while (cursor is not null);
        var older = await client.GetAsync($"/v1/customers?limit=1&created[lt]={from}");

        Assert.InRange(count, 1, 19_999);
        Assert.True(older.Json.GetProperty("data")[0].GetProperty("created").GetInt64() < from);
    }
}
