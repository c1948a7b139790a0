using System.Management.Automation;
using System.Text.Json;
using Polvo.PowerShell.Tests.TestSupport;

namespace Polvo.PowerShell.Tests.Runspaces;

/// <summary>
/// Issue 9: Invoke-PolvoStripeRequest writes the objects the Get- cmdlets write when the response's <c>object</c>
/// names a model Polvo knows (type name, format view, dot notation), and plain objects otherwise.
/// </summary>
public sealed class InvokeRequestTypedOutputTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>
{
    private const string PlainTypeName = "System.Management.Automation.PSCustomObject";

    [Fact]
    public void CustomerById_IsACustomer_FormattedByTheCustomerViewAt80Columns()
    {
        using var session = PolvoRunspace.Open(emulator);

        var result = session.Invoke("""
            $id = (Get-PolvoStripeCustomer -First 1).Id
            $customer = Invoke-PolvoStripeRequest GET "/v1/customers/$id"
            $customer.PSTypeNames[0]
            $customer | Out-String -Width 80
            Get-PolvoStripeCustomer -Id $id | Out-String -Width 80
            $customer.Id -eq $id
            """);

        Assert.Empty(result.Errors);
        Assert.Equal("Polvo.Stripe.Customer", result.Objects[0]);
        string table = Assert.IsType<string>(result.Objects[1]);
        var lines = table.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Trim().Length > 0).ToList();
        Assert.Equal(["Id", "Email", "Name", "Created"], lines[0].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(3, lines.Count);
        Assert.All(lines, l => Assert.True(l.Length <= 80, $"'{l}' is wider than 80"));
        Assert.Equal(result.Objects[2], table); // exactly what Get-PolvoStripeCustomer shows for it
        Assert.Equal(true, result.Objects[3]);
    }

    [Fact]
    public void InvoiceListAll_YieldsInvoices_FormattedByTheInvoiceView()
    {
        using var session = PolvoRunspace.Open(emulator);

        var result = session.Invoke("""
            $customer = Invoke-PolvoStripeRequest POST /v1/customers @{ email = 'typed-invoices-all@example.com' }
            1..3 | ForEach-Object { $null = Invoke-PolvoStripeRequest POST /v1/invoices @{ customer = $customer.Id } }
            $invoices = @(Invoke-PolvoStripeRequest GET /v1/invoices @{ limit = 2; customer = $customer.Id } -All)
            $invoices.Count
            @($invoices | Where-Object { $_.PSTypeNames[0] -eq 'Polvo.Stripe.Invoice' }).Count
            $invoices[0].AmountDue -is [long]
            $invoices | Out-String -Width 80
            @($invoices.Id | ForEach-Object { Get-PolvoStripeInvoice -Id $_ }) | Out-String -Width 80
            """);

        Assert.Empty(result.Errors);
        Assert.Equal(3, result.Objects[0]);
        Assert.Equal(3, result.Objects[1]);
        Assert.Equal(true, result.Objects[2]);
        string table = Assert.IsType<string>(result.Objects[3]);
        var header = table.Split('\n').Select(l => l.Trim()).First(l => l.Length > 0);
        Assert.Equal(["Id", "Status", "AmountDue", "Currency", "Created"], header.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(result.Objects[4], table);
    }

    [Fact]
    public void InvoiceListWithoutAll_IsTheStripeEnvelopeAsBefore_WithTypedInvoicesInData()
    {
        using var session = PolvoRunspace.Open(emulator);

        var result = session.Invoke("""
            $customer = Invoke-PolvoStripeRequest POST /v1/customers @{ email = 'typed-invoices-list@example.com' }
            1..3 | ForEach-Object { $null = Invoke-PolvoStripeRequest POST /v1/invoices @{ customer = $customer.Id } }
            $list = Invoke-PolvoStripeRequest GET /v1/invoices @{ limit = 2; customer = $customer.Id }
            $list.PSTypeNames[0]
            $list.object
            $list.has_more
            @($list.data).Count
            @($list.data | Where-Object { $_.PSTypeNames[0] -eq 'Polvo.Stripe.Invoice' }).Count
            $list.data[0].Id -like 'in_*'
            """);

        Assert.Empty(result.Errors);
        Assert.Equal(PlainTypeName, result.Objects[0]);
        Assert.Equal("list", result.Objects[1]);
        Assert.Equal(true, result.Objects[2]);
        Assert.Equal(2, result.Objects[3]);
        Assert.Equal(2, result.Objects[4]);
        Assert.Equal(true, result.Objects[5]);
    }

    [Fact]
    public void TypedObjects_NestedFields_ReadWithDotNotation()
    {
        using var session = PolvoRunspace.Open(emulator);

        var result = session.Invoke("""
            $customer = Invoke-PolvoStripeRequest POST /v1/customers @{
                email = 'typed-nested@example.com'
                address = @{ line1 = '1 Main St'; city = 'Springfield'; postal_code = '12345' }
                metadata = @{ tier = 'gold' }
            }
            $customer.Address.City
            $customer.address.postal_code -eq $null
            $customer.Address.PostalCode
            $customer.Metadata.tier
            $customer.Address.PSTypeNames[0]
            $charge = Invoke-PolvoStripeRequest POST /v1/charges @{ amount = 2500; currency = 'usd'; customer = $customer.Id }
            $charge.PSTypeNames[0]
            $charge.PaymentMethodDetails.Card.Last4
            $charge.Customer.Id -eq $customer.Id
            $charge.Amount -is [long]
            $expanded = Invoke-PolvoStripeRequest GET "/v1/charges/$($charge.Id)" @{ expand = @('customer') }
            $expanded.Customer.PSTypeNames[0]
            $expanded.Customer.Address.City
            """);

        Assert.Empty(result.Errors);
        Assert.Equal("Springfield", result.Objects[0]);
        Assert.Equal(true, result.Objects[1]); // the model's names, as the Get- cmdlets have them: PostalCode
        Assert.Equal("12345", result.Objects[2]);
        Assert.Equal("gold", result.Objects[3]);
        Assert.Equal("Polvo.Stripe.Address", result.Objects[4]);
        Assert.Equal("Polvo.Stripe.Charge", result.Objects[5]);
        Assert.Equal("4242", result.Objects[6]);
        Assert.Equal(true, result.Objects[7]);
        Assert.Equal(true, result.Objects[8]);
        Assert.Equal("Polvo.Stripe.Customer", result.Objects[9]);
        Assert.Equal("Springfield", result.Objects[10]);
    }

    [Fact]
    public void TypedCustomer_PipesIntoTheCmdletsThatTakeACustomer()
    {
        using var session = PolvoRunspace.Open(emulator);

        var result = session.Invoke("""
            $id = (Invoke-PolvoStripeRequest POST /v1/customers @{ email = 'typed-pipe@example.com' }).Id
            1..2 | ForEach-Object { $null = Invoke-PolvoStripeRequest POST /v1/invoices @{ customer = $id } }
            $viaRaw = @(Invoke-PolvoStripeRequest GET "/v1/customers/$id" | Get-PolvoStripeInvoice)
            $direct = @(Get-PolvoStripeCustomer -Id $id | Get-PolvoStripeInvoice)
            $viaRaw.Count -eq 2
            ($viaRaw.Id -join ',') -eq ($direct.Id -join ',')
            """);

        Assert.Empty(result.Errors);
        Assert.Equal([true, true], result.Objects);
    }

    [Fact]
    public void ObjectWithoutId_AndDeletedMarker_AreTheModelsPolvoHasForThem()
    {
        using var session = PolvoRunspace.Open(emulator);

        var result = session.Invoke("""
            $balance = Invoke-PolvoStripeRequest GET /v1/balance
            $balance.PSTypeNames[0]
            $balance.Available[0].Amount -is [long]
            $created = Invoke-PolvoStripeRequest POST /v1/customers @{ email = 'typed-deleted@example.com' }
            $deleted = Invoke-PolvoStripeRequest DELETE "/v1/customers/$($created.Id)"
            $deleted.PSTypeNames -contains 'Polvo.Stripe.DeletedObject'
            $deleted.Deleted
            $deleted.Id -eq $created.Id
            """);

        Assert.Empty(result.Errors);
        Assert.Equal("Polvo.Stripe.Balance", result.Objects[0]);
        Assert.Equal([true, true, true, true], result.Objects.Skip(1));
    }

    [Fact]
    public void ObjectPolvoDoesNotModel_StaysAPlainObjectWithStripesFieldNames()
    {
        // A 2026 object (billing.meter) that the 2020-08-27 description, and so Polvo.Core, does not have: the
        // emulator serves only that description's objects, so one loopback answer stands in for Stripe.
        using var fixtures = JsonDocument.Parse(File.ReadAllText(Path.Combine(ModuleLayout.RepositoryRoot, "specs", "stripe", "fixtures3.json")));
        string meter = fixtures.RootElement.GetProperty("resources").GetProperty("billing.meter").GetRawText();
        using var stripe = new FixedAnswerServer(meter);
        using var session = PolvoRunspace.Open(stripe.BaseUrl);

        var result = session.Invoke("""
            $meter = Invoke-PolvoStripeRequest GET /v1/billing/meters/meter_123
            $meter.PSTypeNames[0]
            $meter.object
            $meter.display_name
            $meter.customer_mapping.event_payload_key
            $meter.customer_mapping.PSTypeNames[0]
            $null -eq $meter.status_transitions.deactivated_at
            $meter
            """);

        Assert.Empty(result.Errors);
        Assert.Equal(PlainTypeName, result.Objects[0]);
        Assert.Equal("billing.meter", result.Objects[1]);
        Assert.Equal("test-meter", result.Objects[2]);
        Assert.Equal("customer", result.Objects[3]);
        Assert.Equal(PlainTypeName, result.Objects[4]);
        Assert.Equal(true, result.Objects[5]);
        Assert.IsType<PSObject>(result.Output[6].Properties["customer_mapping"].Value);
        Assert.Equal(["created", "customer_mapping", "default_aggregation", "display_name", "event_name", "event_time_window", "id", "livemode", "object", "status", "status_transitions", "updated", "value_settings"], result.Output[6].Properties.Select(p => p.Name));
    }
}
