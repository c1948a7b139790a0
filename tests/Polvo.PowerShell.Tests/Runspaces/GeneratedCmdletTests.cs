using System.Management.Automation;
using Polvo.PowerShell.Tests.TestSupport;

namespace Polvo.PowerShell.Tests.Runspaces;

/// <summary>
/// The generated cmdlets (tools/Polvo.Generator/cmdlets.json) in a real runspace against the in-process emulator.
/// The emulator on main serves customers and charges only, so for the other resources these tests check what is
/// sent (method, path, query) from its request log, binding and -WhatIf; the responses are its 404s.
/// </summary>
public sealed class GeneratedCmdletTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>
{
    [Fact]
    public void GetInvoice_StatusCustomerAndCreated_AreSentAsListFilters()
    {
        using var session = PolvoRunspace.Open(emulator);
        emulator.Emulator.Requests.Clear();

        session.Invoke("Get-PolvoStripeInvoice -Status open -Customer cus_A1 -CreatedAfter ([DateTimeOffset]::FromUnixTimeSeconds(1600000000).UtcDateTime) -First 3 -ErrorAction SilentlyContinue");

        string query = Assert.Single(emulator.Queries("GET", "/v1/invoices"));
        Assert.Contains("status=open", query);
        Assert.Contains("customer=cus_A1", query);
        Assert.Contains("created[gte]=1600000000", query);
        Assert.Contains("limit=3", query);
    }

    [Fact]
    public void GetInvoice_StatusOutsideTheSet_IsRefusedBeforeAnyRequest()
    {
        using var session = PolvoRunspace.Open(emulator);
        emulator.Emulator.Requests.Clear();

        var result = session.Invoke("Get-PolvoStripeInvoice -Status opened");

        Assert.IsAssignableFrom<ParameterBindingException>(Assert.Single(result.Errors).Exception);
        Assert.Empty(emulator.Queries("GET", "/v1/invoices"));
    }

    [Fact]
    public void GetInvoice_PipedCustomers_ListEachCustomersInvoices()
    {
        using var session = PolvoRunspace.Open(emulator);
        var ids = session.Invoke("Get-PolvoStripeCustomer -First 2 | ForEach-Object Id").ThrowOnError().Objects.Cast<string>().ToList();
        emulator.Emulator.Requests.Clear();

        session.Invoke("Get-PolvoStripeCustomer -First 2 | Get-PolvoStripeInvoice -ErrorAction SilentlyContinue");

        var queries = emulator.Queries("GET", "/v1/invoices");
        Assert.Equal(2, queries.Count);
        Assert.All(ids, id => Assert.Contains(queries, q => q.Contains($"customer={id}", StringComparison.Ordinal)));
    }

    [Fact]
    public void GetCustomerTaxId_PipedCustomer_ReadsTheCustomersSubResource()
    {
        using var session = PolvoRunspace.Open(emulator);
        string id = (string)session.Invoke("(Get-PolvoStripeCustomer -First 1).Id").ThrowOnError().Objects[0];
        emulator.Emulator.Requests.Clear();

        session.Invoke("Get-PolvoStripeCustomer -Id $id | Get-PolvoStripeCustomerTaxId -ErrorAction SilentlyContinue", new Dictionary<string, object?> { ["id"] = id });

        Assert.Single(emulator.Queries("GET", $"/v1/customers/{id}/tax_ids"));
    }

    [Fact]
    public void SendInvoice_Ids_PostTheActionForEachAndReportStripesErrorPerItem()
    {
        using var session = PolvoRunspace.Open(emulator);
        emulator.Emulator.Requests.Clear();

        var result = session.Invoke("'in_A1', 'in_A2' | Send-PolvoStripeInvoice");

        Assert.Null(result.Terminating);
        Assert.Equal(2, result.Errors.Count); // the emulator has no invoices: one error per id, the other goes on
        Assert.Single(emulator.Queries("POST", "/v1/invoices/in_A1/send"));
        Assert.Single(emulator.Queries("POST", "/v1/invoices/in_A2/send"));
    }

    [Fact]
    public void RevokeInvoice_WhatIf_SendsNothing()
    {
        using var session = PolvoRunspace.Open(emulator);
        emulator.Emulator.Requests.Clear();

        var result = session.Invoke("Revoke-PolvoStripeInvoice in_A1, in_A2 -WhatIf");

        Assert.Null(result.Terminating);
        Assert.Empty(result.Errors);
        Assert.DoesNotContain(emulator.Emulator.Requests.Snapshot(), r => r.Method == "POST");
    }

    [Fact]
    public void RemoveProduct_Force_SendsDeleteWithoutAsking()
    {
        using var session = PolvoRunspace.Open(emulator);
        emulator.Emulator.Requests.Clear();

        session.Invoke("Remove-PolvoStripeProduct prod_A1 -Force -ErrorAction SilentlyContinue");

        Assert.Single(emulator.Queries("DELETE", "/v1/products/prod_A1"));
    }

    [Fact]
    public void SetInvoice_FieldGivenByParameterAndBody_IsAnErrorNamingTheParameterAndNothingIsSent()
    {
        using var session = PolvoRunspace.Open(emulator);
        emulator.Emulator.Requests.Clear();

        var result = session.Invoke("Set-PolvoStripeInvoice in_A1 -Description a -Body @{ description = 'b' }");

        var error = Assert.Single(result.Errors);
        Assert.Contains("-Description", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(emulator.Emulator.Requests.Snapshot(), r => r.Method == "POST");
    }

    [Fact]
    public void SendInvoice_PipedCustomer_IsRefusedBeforeAnyRequest()
    {
        using var session = PolvoRunspace.Open(emulator);
        emulator.Emulator.Requests.Clear();

        var result = session.Invoke("Get-PolvoStripeCustomer -First 1 | Send-PolvoStripeInvoice");

        Assert.NotEmpty(result.Errors.Concat(result.TerminatingRecord is { } t ? [t] : []));
        Assert.DoesNotContain(emulator.Emulator.Requests.Snapshot(), r => r.Method == "POST");
    }

    [Theory]
    [InlineData("dollars")]
    [InlineData("u5d")]
    public void NewPaymentIntent_CurrencyNotAnIsoCode_IsRefusedNamingTheParameter(string currency)
    {
        using var session = PolvoRunspace.Open(emulator);

        var result = session.Invoke("New-PolvoStripePaymentIntent -Amount 100 -Currency $c", new Dictionary<string, object?> { ["c"] = currency });

        var error = Assert.IsAssignableFrom<ParameterBindingException>(Assert.Single(result.Errors).Exception);
        Assert.Contains("Currency", error.Message, StringComparison.Ordinal);
        Assert.Contains("three-letter", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Get-PolvoStripeInvoice", "customer")]
    [InlineData("Get-PolvoStripePaymentIntent", "payment_method")]
    public void ExpandCompleter_GeneratedNoun_OffersTheSchemasExpandableFields(string command, string field)
    {
        using var session = PolvoRunspace.Open();

        var result = session.Invoke(
            "(TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.CompletionText",
            new Dictionary<string, object?> { ["line"] = $"{command} -Id x_1 -Expand " }).ThrowOnError();

        Assert.Contains(field, result.Objects.Cast<string>());
    }
}
