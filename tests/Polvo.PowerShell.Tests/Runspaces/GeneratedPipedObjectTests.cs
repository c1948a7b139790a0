using Polvo.PowerShell.Tests.TestSupport;
using static Polvo.PowerShell.Tests.Runspaces.GeneratedNounChecks;

namespace Polvo.PowerShell.Tests.Runspaces;

/// <summary>
/// Objects piped into the generated write cmdlets: a Polvo object whose properties are null or empty binds (its
/// validated parameters let an empty value through) and sends only what the command line names; a bad value typed
/// on the command line is still refused naming its parameter; an Import-Csv row sends its columns, an empty cell of
/// a text field as an empty value (as Set-PolvoStripeCustomer does) and of a number as nothing.
/// </summary>
public sealed class GeneratedPipedObjectTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>
{
    [Fact]
    public void PipedProductsWithoutDescription_SetMetadataOnly()
    {
        using var session = PolvoRunspace.Open(emulator);
        var ids = new[] { Id(session, "New-PolvoStripeProduct -Name Bare"), Id(session, "New-PolvoStripeProduct -Name Described -Description 'has one'") };
        emulator.Emulator.Requests.Clear();

        var updated = All(session.Invoke("Get-PolvoStripeProduct -Id $ids | Set-PolvoStripeProduct -Metadata 'x=1' -PassThru", Vars(("ids", ids))), "Product");

        Assert.Equal(2, updated.Count);
        foreach (string id in ids)
        {
            Assert.Equal([("metadata[x]", "1")], Sent(emulator, "POST", $"/v1/products/{id}").Fields());
        }
    }

    [Fact]
    public void PipedTaxRate_ArchivedSendingActiveOnly()
    {
        using var session = PolvoRunspace.Open(emulator);
        string id = Id(session, "New-PolvoStripeTaxRate -DisplayName Levy -Percentage 7 -Inclusive:$false");
        emulator.Emulator.Requests.Clear();

        var rate = Single(session.Invoke("Get-PolvoStripeTaxRate -Id $id | Set-PolvoStripeTaxRate -Active:$false -PassThru", Vars(("id", id))), "TaxRate");

        Assert.False(rate.Value<bool>("Active"));
        Assert.Equal([("active", "false")], Sent(emulator, "POST", $"/v1/tax_rates/{id}").Fields());
    }

    [Fact]
    public void PipedInvoiceAndCoupon_UpdateSendingMetadataOnly()
    {
        using var session = PolvoRunspace.Open(emulator);
        string customer = Id(session, "New-PolvoStripeCustomer -Email piped@example.com");
        session.Invoke("New-PolvoStripeInvoiceItem -Customer $c -Amount 900 -Currency usd", Vars(("c", customer))).ThrowOnError();
        string invoice = Id(session, "New-PolvoStripeInvoice -Customer $c", Vars(("c", customer)));
        string coupon = Id(session, "New-PolvoStripeCoupon -PercentOff 5 -Duration once");
        emulator.Emulator.Requests.Clear();

        Single(session.Invoke("Get-PolvoStripeInvoice -Id $i | Set-PolvoStripeInvoice -Metadata @{ batch = '7' } -PassThru", Vars(("i", invoice))), "Invoice");
        Single(session.Invoke("Get-PolvoStripeCoupon -Id $c | Set-PolvoStripeCoupon -Metadata @{ batch = '7' } -PassThru", Vars(("c", coupon))), "Coupon");

        Assert.Equal([("metadata[batch]", "7")], Sent(emulator, "POST", $"/v1/invoices/{invoice}").Fields());
        Assert.Equal([("metadata[batch]", "7")], Sent(emulator, "POST", $"/v1/coupons/{coupon}").Fields());
    }

    // Fields the nouns helper had taken out of by-name binding to dodge the empty-property failure bind again.
    [Fact]
    public void PipedPriceAndCharge_FieldsBoundByNameAgain_SendOnlyTheCommandLine()
    {
        using var session = PolvoRunspace.Open(emulator);
        string price = Id(session, "$p = New-PolvoStripeProduct -Name Cup; New-PolvoStripePrice -Product $p.Id -Currency usd -UnitAmount 400");
        string charge = (string)session.Invoke("(Get-PolvoStripeCharge -First 1).Id").ThrowOnError().Objects.Single();
        emulator.Emulator.Requests.Clear();

        Single(session.Invoke("Get-PolvoStripePrice -Id $p | Set-PolvoStripePrice -Active:$false -PassThru", Vars(("p", price))), "Price");
        Single(session.Invoke("Get-PolvoStripeCharge -Id $c | New-PolvoStripeRefund -Amount 1", Vars(("c", charge))), "Refund");

        Assert.Equal([("active", "false")], Sent(emulator, "POST", $"/v1/prices/{price}").Fields());
        Assert.Equal([("amount", "1"), ("charge", charge)], Sent(emulator, "POST", "/v1/refunds").Fields());
    }

    [Theory]
    [InlineData("Set-PolvoStripeInvoice in_123 -DaysUntilDue -1", "DaysUntilDue")]
    [InlineData("New-PolvoStripeInvoice -Customer ch_123", "Customer")]
    [InlineData("New-PolvoStripeCoupon -PercentOff 5 -Duration sometimes", "Duration")]
    [InlineData("New-PolvoStripeCoupon -AmountOff 5 -Currency dollars -Duration once", "Currency")]
    public void BadValueOnTheCommandLine_IsRefusedNamingTheParameterBeforeAnyRequest(string script, string parameter)
    {
        using var session = PolvoRunspace.Open(emulator);
        emulator.Emulator.Requests.Clear();

        var result = session.Invoke(script);

        string error = Assert.Single(result.Errors.Select(e => e.ToString()).Append(result.Terminating?.Message).OfType<string>());
        Assert.Contains($"'{parameter}'", error, StringComparison.Ordinal);
        Assert.Empty(emulator.Emulator.Requests.Snapshot());
    }

    [Fact]
    public void CsvRows_BindTheirColumns_EmptyTextCellSentEmpty_EmptyNumberCellNotSent()
    {
        using var session = PolvoRunspace.Open(emulator);
        string first = Id(session, "New-PolvoStripeProduct -Name First -Description 'old text'");
        string customer = Id(session, "New-PolvoStripeCustomer -Email csvrows@example.com");
        session.Invoke("New-PolvoStripeInvoiceItem -Customer $c -Amount 900 -Currency usd", Vars(("c", customer))).ThrowOnError();
        string invoice = Id(session, "New-PolvoStripeInvoice -Customer $c", Vars(("c", customer)));
        string described = Id(session, "New-PolvoStripeCustomer -Email emptycell@example.com -Description 'old text'");
        string products = Path.Combine(Path.GetTempPath(), $"polvo-products-{Guid.NewGuid():N}.csv");
        string invoices = Path.Combine(Path.GetTempPath(), $"polvo-invoices-{Guid.NewGuid():N}.csv");
        File.WriteAllLines(products, ["Id,Name,Description,Metadata", $"{first},Renamed,,tier=gold"]);
        File.WriteAllLines(invoices, ["Id,Description,DaysUntilDue", $"{invoice},Net 30,"]);
        emulator.Emulator.Requests.Clear();
        try
        {
            session.Invoke("Import-Csv $csv | Set-PolvoStripeProduct", Vars(("csv", products))).ThrowOnError();
            session.Invoke("Import-Csv $csv | Set-PolvoStripeInvoice", Vars(("csv", invoices))).ThrowOnError();
            session.Invoke("[pscustomobject]@{ Id = $id; Description = '' } | Set-PolvoStripeCustomer", Vars(("id", described))).ThrowOnError();

            Assert.Equal([("description", string.Empty), ("metadata[tier]", "gold"), ("name", "Renamed")], Sent(emulator, "POST", $"/v1/products/{first}").Fields());
            Assert.Equal([("description", "Net 30")], Sent(emulator, "POST", $"/v1/invoices/{invoice}").Fields());
            Assert.Equal([("description", string.Empty)], Sent(emulator, "POST", $"/v1/customers/{described}").Fields()); // the rule the customer cmdlets set
        }
        finally
        {
            File.Delete(products);
            File.Delete(invoices);
        }
    }
}
