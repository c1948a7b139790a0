using Polvo.Core.Tests.TestSupport;
using Polvo.Stripe.Services;

namespace Polvo.Core.Tests.Stripe.Services;

/// <summary>The typed partitioned export against the seeded emulator (bursts of up to 50 sharing one second; the in-memory tests in Export/ cover thousands).</summary>
public class ExportOverHttpTests(SeededEmulatorFixture fixture) : IClassFixture<SeededEmulatorFixture>
{
    [Theory]
    [InlineData(1, 100)]
    [InlineData(8, 100)]
    [InlineData(32, 37)]
    public async Task CustomersExportAsync_AnyConcurrency_YieldsExactlyTheSerialSet(int partitions, int pageSize)
    {
        using var client = fixture.CreateClient();
        var serial = new List<string>();
        await foreach (var customer in client.Customers.ListAsync(new CustomerListOptions { Limit = 100 }))
        {
            serial.Add(customer.Id);
        }

        var exported = new List<string>();
        await foreach (var customer in client.Customers.ExportAsync(new CustomerExportOptions { MaxConcurrency = partitions, PageSize = pageSize }))
        {
            exported.Add(customer.Id);
        }

        Assert.Equal(SeededEmulatorFixture.CustomerCount, serial.Count);
        Assert.Equal(exported.Count, exported.Distinct().Count());
        Assert.Equal(serial.Order(StringComparer.Ordinal), exported.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task CustomersExportAsync_BurstsOverSeveralPages_WalkedFromBothEndsWithEndingBeforeAndExact()
    {
        // Pages of 5 make the seeded bursts (up to 50 customers in one second) span several pages each.
        using var client = fixture.CreateClient();
        var serial = new List<string>();
        await foreach (var customer in client.Customers.ListAsync(new CustomerListOptions { Limit = 100 }))
        {
            serial.Add(customer.Id);
        }

        fixture.Emulator.Requests.Clear();
        var exported = new List<string>();
        await foreach (var customer in client.Customers.ExportAsync(new CustomerExportOptions { MaxConcurrency = 16, PageSize = 5 }))
        {
            exported.Add(customer.Id);
        }

        Assert.Equal(exported.Count, exported.Distinct().Count());
        Assert.Equal(serial.Order(StringComparer.Ordinal), exported.Order(StringComparer.Ordinal));
        Assert.Contains(fixture.Emulator.Requests.Snapshot(), request => request.QueryString.Contains("ending_before=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CustomersExportAsync_EmailFilter_SendsRangeAndFilterOnEveryRequest()
    {
        using var client = fixture.CreateClient();
        fixture.Emulator.Requests.Clear();

        var found = new List<string?>();
        await foreach (var customer in client.Customers.ExportAsync(new CustomerExportOptions { Email = "customer7@example.com", MaxConcurrency = 4 }))
        {
            found.Add(customer.Email);
        }

        Assert.Equal(["customer7@example.com"], found);
        var requests = fixture.Emulator.Requests.Snapshot();
        Assert.NotEmpty(requests);
        Assert.All(requests, request =>
        {
            var query = Uri.UnescapeDataString(request.QueryString);
            Assert.Contains("email=customer7@example.com", query, StringComparison.Ordinal);
            Assert.Contains("created[gte]=", query, StringComparison.Ordinal);
            Assert.Contains("created[lt]=", query, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task ChargesExportAsync_CreatedWindow_MatchesTheFilteredSerialList()
    {
        using var client = fixture.CreateClient();
        var all = new List<(string Id, DateTimeOffset Created)>();
        await foreach (var charge in client.Charges.ListAsync())
        {
            all.Add((charge.Id, charge.Created));
        }

        var middle = all.OrderBy(c => c.Created).ElementAt(all.Count / 2).Created;
        var exported = new List<string>();
        await foreach (var charge in client.Charges.ExportAsync(new ChargeExportOptions { CreatedAfter = middle, MaxConcurrency = 6 }))
        {
            exported.Add(charge.Id);
        }

        var expected = all.Where(c => c.Created >= middle).Select(c => c.Id).Order(StringComparer.Ordinal);
        Assert.Equal(expected, exported.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ExportAsync_InvalidPageSize_ThrowsBeforeAnyRequest()
    {
        using var client = fixture.CreateClient();
        var error = Assert.ThrowsAny<ArgumentException>(() => client.Customers.ExportAsync(new CustomerExportOptions { PageSize = 101 }));
        Assert.Contains("PageSize", error.Message, StringComparison.Ordinal);
    }
}
