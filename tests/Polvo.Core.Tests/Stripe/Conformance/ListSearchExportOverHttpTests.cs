using Polvo.Core.Tests.TestSupport;
using Polvo.Stripe;
using Polvo.Stripe.Services;

namespace Polvo.Core.Tests.Stripe.Conformance;

/// <summary>
/// The generated services' streaming list, search and partitioned export for the billing and payment resources, over
/// real loopback HTTP against a seeded emulator: pages of any size give every object once, a search gives exactly
/// the listed objects its query matches, and an export gives exactly the set a serial listing gives.
/// </summary>
public sealed class ListSearchExportOverHttpTests(SeededBillingEmulatorFixture fixture) : IClassFixture<SeededBillingEmulatorFixture>
{
    /// <summary>How one resource is listed (ids with their creation times), exported and searched.</summary>
    public sealed record Resource(
        string Name,
        int Seeded,
        Func<StripeClient, int, IAsyncEnumerable<(string Id, DateTimeOffset Created)>> List,
        Func<StripeClient, int, int, IAsyncEnumerable<string>> Export,
        Func<StripeClient, string, int, IAsyncEnumerable<string>> Search);

    private static readonly Resource[] Resources =
    [
        new("invoices", SeededBillingEmulatorFixture.InvoiceCount,
            (c, limit) => c.Invoices.ListAsync(new InvoiceListOptions { Limit = limit }).Select(i => (i.Id, i.Created)),
            (c, partitions, size) => c.Invoices.ExportAsync(new InvoiceExportOptions { MaxConcurrency = partitions, PageSize = size }).Select(i => i.Id),
            (c, query, limit) => c.Invoices.SearchAsync(new InvoiceSearchOptions { Query = query, Limit = limit }).Select(i => i.Id)),
        new("products", SeededBillingEmulatorFixture.ProductCount,
            (c, limit) => c.Products.ListAsync(new ProductListOptions { Limit = limit }).Select(p => (p.Id, p.Created)),
            (c, partitions, size) => c.Products.ExportAsync(new ProductExportOptions { MaxConcurrency = partitions, PageSize = size }).Select(p => p.Id),
            (c, query, limit) => c.Products.SearchAsync(new ProductSearchOptions { Query = query, Limit = limit }).Select(p => p.Id)),
        new("prices", SeededBillingEmulatorFixture.PriceCount,
            (c, limit) => c.Prices.ListAsync(new PriceListOptions { Limit = limit }).Select(p => (p.Id, p.Created)),
            (c, partitions, size) => c.Prices.ExportAsync(new PriceExportOptions { MaxConcurrency = partitions, PageSize = size }).Select(p => p.Id),
            (c, query, limit) => c.Prices.SearchAsync(new PriceSearchOptions { Query = query, Limit = limit }).Select(p => p.Id)),
        new("payment_intents", SeededBillingEmulatorFixture.PaymentIntentCount,
            (c, limit) => c.PaymentIntents.ListAsync(new PaymentIntentListOptions { Limit = limit }).Select(p => (p.Id, p.Created)),
            (c, partitions, size) => c.PaymentIntents.ExportAsync(new PaymentIntentExportOptions { MaxConcurrency = partitions, PageSize = size }).Select(p => p.Id),
            (c, query, limit) => c.PaymentIntents.SearchAsync(new PaymentIntentSearchOptions { Query = query, Limit = limit }).Select(p => p.Id)),
        new("subscriptions", SeededBillingEmulatorFixture.SubscriptionCount,
            (c, limit) => c.Subscriptions.ListAsync(new SubscriptionListOptions { Limit = limit, Status = "all" }).Select(s => (s.Id, s.Created)),
            (c, partitions, size) => c.Subscriptions.ExportAsync(new SubscriptionExportOptions { MaxConcurrency = partitions, PageSize = size, Status = "all" }).Select(s => s.Id),
            (c, query, limit) => c.Subscriptions.SearchAsync(new SubscriptionSearchOptions { Query = query, Limit = limit }).Select(s => s.Id)),
    ];

    public static TheoryData<string> Names => [.. Resources.Select(r => r.Name)];

    [Theory]
    [MemberData(nameof(Names))]
    public async Task ListAsync_SmallAndFullPages_GiveEverySeededObjectOnce(string name)
    {
        var resource = Resources.Single(r => r.Name == name);
        using var client = fixture.CreateClient();

        var small = await resource.List(client, 7).Select(x => x.Id).ToListAsync();
        var full = await resource.List(client, 100).Select(x => x.Id).ToListAsync();

        Assert.True(small.Count >= resource.Seeded, $"{small.Count} {name} listed, {resource.Seeded} seeded");
        Assert.Equal(small.Count, small.Distinct().Count());
        Assert.Equal(full, small); // the same objects in the same (newest-first) order, whatever the page size
    }

    [Theory]
    [MemberData(nameof(Names))]
    public async Task SearchAsync_OverSeveralPages_GivesExactlyTheListedObjectsCreatedAfterATime(string name)
    {
        var resource = Resources.Single(r => r.Name == name);
        using var client = fixture.CreateClient();
        var listed = await resource.List(client, 100).ToListAsync();
        var middle = listed[listed.Count / 2].Created; // newest first: about half were created after it
        var query = $"created>{middle.ToUnixTimeSeconds()}";
        var expected = listed.Where(x => x.Created > middle).Select(x => x.Id).ToList();

        var found = await resource.Search(client, query, 10).ToListAsync();

        Assert.True(expected.Count > 10, $"only {expected.Count} {name} match {query}: the search would fit one page");
        Assert.True(expected.Count < listed.Count, $"every {name} matches {query}: the query filters nothing");
        Assert.Equal(found.Count, found.Distinct().Count());
        Assert.Equal(expected.Order(StringComparer.Ordinal), found.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public async Task ExportAsync_AnyConcurrency_YieldsExactlyTheSerialSet(string name)
    {
        var resource = Resources.Single(r => r.Name == name);
        using var client = fixture.CreateClient();
        var serial = await resource.List(client, 100).Select(x => x.Id).ToListAsync();

        foreach (var (partitions, size) in new[] { (1, 100), (8, 25), (16, 5) })
        {
            var exported = await resource.Export(client, partitions, size).ToListAsync();

            Assert.Equal(exported.Count, exported.Distinct().Count());
            Assert.Equal(serial.Order(StringComparer.Ordinal), exported.Order(StringComparer.Ordinal));
        }
    }
}
