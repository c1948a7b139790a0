using Polvo.PowerShell.Tests.TestSupport;

namespace Polvo.PowerShell.Tests.Runspaces;

/// <summary>
/// The generated cmdlets over Polvo.Core's typed services, in a real runspace against the emulator: the pages are
/// requested one at a time as the pipeline asks, -Parallel exports through the service's ExportAsync, and a write
/// sends exactly the fields the command line gave (typed options plus -Body as extra parameters).
/// </summary>
public sealed class GeneratedTypedServiceTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>
{
    [Fact]
    public void GetProduct_ParallelWithThrottleLimit_ExportsEveryProductOnce()
    {
        using var session = PolvoRunspace.Open(emulator);
        CreateProducts(session, 7);
        var plain = session.Invoke("(Get-PolvoStripeProduct).Id").ThrowOnError().Objects.Cast<string>().ToList();
        emulator.Emulator.Requests.Clear();

        var result = session.Invoke("Get-PolvoStripeProduct -Parallel -ThrottleLimit 3 -PageSize 2");

        Assert.Empty(result.Errors);
        Assert.Null(result.Terminating);
        var ids = result.Output.Select(o => (string)o.Properties["Id"].Value).ToList();
        Assert.True(plain.Count >= 7, $"expected the 7 products created, listed {plain.Count}");
        Assert.Equal(plain.Count, ids.Count); // each product exactly once
        Assert.Equal(plain.ToHashSet(), ids.ToHashSet());
        Assert.All(result.Output, o => Assert.Contains("Polvo.Stripe.Product", o.TypeNames));
        Assert.Contains(result.Progress, p => p.Activity.Contains("3 partitions", StringComparison.Ordinal));
        Assert.Contains(emulator.Queries("GET", "/v1/products"), q => q.Contains("created[", StringComparison.Ordinal)); // partitions list created ranges
    }

    [Fact]
    public void GetProduct_SelectObjectFirst_RequestsOnlyThePageThePipelineTook()
    {
        using var session = PolvoRunspace.Open(emulator);
        CreateProducts(session, 5);
        emulator.Emulator.Requests.Clear();

        var result = session.Invoke("Get-PolvoStripeProduct -PageSize 3 | Select-Object -First 3");

        Assert.Empty(result.Errors);
        Assert.Equal(3, result.Output.Count);
        Assert.Single(emulator.Queries("GET", "/v1/products")); // the next page is never asked for, not even ahead
    }

    [Fact]
    public void SetProduct_TypedParametersAndBody_SendExactlyTheGivenFields()
    {
        using var session = PolvoRunspace.Open(emulator);
        string id = CreateProducts(session, 1)[0];
        emulator.Emulator.Requests.Clear();

        var result = session.Invoke(
            "Set-PolvoStripeProduct -Id $id -Description 'new' -Metadata @{ gone = ''; tier = 'gold' } -Body @{ shippable = $false } -PassThru",
            new Dictionary<string, object?> { ["id"] = id });

        Assert.Empty(result.Errors);
        Assert.Equal("new", Assert.Single(result.Output).Properties["Description"].Value);
        var form = Assert.Single(emulator.Emulator.Requests.Snapshot(), r => r.Method == "POST" && r.Path == $"/v1/products/{id}").Form
            .Select(p => (p.Key, p.Value)).Order().ToList();
        Assert.Equal([("description", "new"), ("metadata[gone]", string.Empty), ("metadata[tier]", "gold"), ("shippable", "false")], form);
    }

    [Fact]
    public void RemoveProduct_PassThru_WritesStripesDeletedMarker()
    {
        using var session = PolvoRunspace.Open(emulator);
        string id = CreateProducts(session, 1)[0];

        var result = session.Invoke("Remove-PolvoStripeProduct -Id $id -Force -PassThru", new Dictionary<string, object?> { ["id"] = id });

        Assert.Empty(result.Errors);
        var marker = Assert.Single(result.Output);
        Assert.Contains("Polvo.Stripe.DeletedObject", marker.TypeNames);
        Assert.Equal(id, marker.Properties["Id"].Value);
    }

    [Fact]
    public void CustomerTaxId_NewGetRemove_ReachTheSubResourceOfTheGivenCustomer()
    {
        using var session = PolvoRunspace.Open(emulator);
        string customer = (string)session.Invoke("(Get-PolvoStripeCustomer -First 1).Id").ThrowOnError().Objects.Single();
        var vars = new Dictionary<string, object?> { ["c"] = customer };
        emulator.Emulator.Requests.Clear();

        string id = (string)session.Invoke("(New-PolvoStripeCustomerTaxId -Customer $c -Type eu_vat -Value DE123456789).Id", vars).ThrowOnError().Objects.Single();
        vars["id"] = id;
        var got = session.Invoke("Get-PolvoStripeCustomerTaxId -Customer $c -Id $id", vars).ThrowOnError();
        var removed = session.Invoke("Remove-PolvoStripeCustomerTaxId -Customer $c -Id $id -Force -PassThru", vars).ThrowOnError();

        Assert.Equal(id, Assert.Single(got.Output).Properties["Id"].Value);
        Assert.Contains("Polvo.Stripe.DeletedObject", Assert.Single(removed.Output).TypeNames);
        var form = Assert.Single(emulator.Emulator.Requests.Snapshot(), r => r.Method == "POST" && r.Path == $"/v1/customers/{customer}/tax_ids").Form
            .Select(p => (p.Key, p.Value)).Order().ToList();
        Assert.Equal([("type", "eu_vat"), ("value", "DE123456789")], form);
        Assert.Single(emulator.Queries("GET", $"/v1/customers/{customer}/tax_ids/{id}"));
        Assert.Single(emulator.Queries("DELETE", $"/v1/customers/{customer}/tax_ids/{id}"));
    }

    private static List<string> CreateProducts(PolvoRunspace session, int count) =>
        session.Invoke("1..$n | ForEach-Object { (New-PolvoStripeProduct -Name \"Typed $_ $(New-Guid)\").Id }", new Dictionary<string, object?> { ["n"] = count })
            .ThrowOnError().Objects.Cast<string>().ToList();
}
