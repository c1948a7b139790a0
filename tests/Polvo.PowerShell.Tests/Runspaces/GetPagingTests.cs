using System.Management.Automation;
using Polvo.PowerShell.Tests.TestSupport;

namespace Polvo.PowerShell.Tests.Runspaces;

/// <summary>
/// Issue 7, items 5 and 10: -IncludeTotalCount on a search, and -Skip, -First and -IncludeTotalCount with -Id, in a
/// real runspace against the emulator (which, like Stripe, counts search matches only when asked).
/// </summary>
public sealed class GetPagingTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>
{
    [Fact]
    public void SearchWithIncludeTotalCount_AsksForTheTotal_AndWritesItFirst()
    {
        using var session = PolvoRunspace.Open(emulator);
        emulator.Emulator.Requests.Clear();

        var result = session.Invoke("Get-PolvoStripeCustomer -Query 'email~\"@example.com\"' -PageSize 5 -First 7 -IncludeTotalCount");

        Assert.Empty(result.Errors);
        Assert.Equal(8, result.Output.Count);
        Assert.Equal((ulong)EmulatorFixture.SeededCustomers, Assert.IsType<ulong>(result.Objects[0]));
        var queries = emulator.Queries("GET", "/v1/customers/search");
        Assert.Equal(2, queries.Count);
        Assert.Contains("total_count", queries[0], StringComparison.Ordinal);
        Assert.DoesNotContain("total_count", queries[1], StringComparison.Ordinal); // only the first page's total is used
    }

    [Fact]
    public void SearchWithoutIncludeTotalCount_DoesNotAskForTheTotal()
    {
        using var session = PolvoRunspace.Open(emulator);
        emulator.Emulator.Requests.Clear();

        var result = session.Invoke("Get-PolvoStripeCustomer -Query 'email~\"@example.com\"' -First 2");

        Assert.Empty(result.Errors);
        Assert.Equal(2, result.Output.Count);
        Assert.DoesNotContain("total_count", Assert.Single(emulator.Queries("GET", "/v1/customers/search")), StringComparison.Ordinal);
    }

    [Fact]
    public void IdsWithSkipFirstAndIncludeTotalCount_HonoursAllThree()
    {
        using var session = PolvoRunspace.Open(emulator);
        var ids = session.Invoke("(Get-PolvoStripeCustomer -First 3).Id").Objects.Cast<string>().ToArray();
        emulator.Emulator.Requests.Clear();

        var result = session.Invoke("Get-PolvoStripeCustomer -Id $ids -Skip 1 -First 1 -IncludeTotalCount", new Dictionary<string, object?> { ["ids"] = ids });

        Assert.Empty(result.Errors);
        Assert.Equal(2, result.Output.Count);
        Assert.Equal(3UL, Assert.IsType<ulong>(result.Objects[0]));
        Assert.Equal(ids[1], result.Output[1].Properties["Id"].Value);
        var gets = emulator.Emulator.Requests.Snapshot().Where(r => r.Method == "GET" && r.Path.StartsWith("/v1/customers/", StringComparison.Ordinal)).ToList();
        Assert.Equal($"/v1/customers/{ids[1]}", Assert.Single(gets).Path); // skipped ids are never requested
    }

    [Fact]
    public void PipedIdsWithSkipAndFirst_CountAcrossThePipeline()
    {
        using var session = PolvoRunspace.Open(emulator);
        var ids = session.Invoke("(Get-PolvoStripeCustomer -First 4).Id").Objects.Cast<string>().ToArray();

        var result = session.Invoke("$ids | Get-PolvoStripeCustomer -Skip 2 -First 1", new Dictionary<string, object?> { ["ids"] = ids });

        Assert.Empty(result.Errors);
        Assert.Equal(ids[2], Assert.Single(result.Output).Properties["Id"].Value);
    }
}
