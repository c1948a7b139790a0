using System.Management.Automation;
using Polvo.PowerShell.Tests.TestSupport;
using static Polvo.PowerShell.Tests.Runspaces.GeneratedNounChecks;

namespace Polvo.PowerShell.Tests.Runspaces;

/// <summary>The balance, transfers with their reversals and customer balance transactions against the emulator.</summary>
public sealed class GeneratedNounsMoneyTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>
{
    [Fact]
    public void GetBalance_ReadsTheSingletonAndFitsTheTable()
    {
        using var session = PolvoRunspace.Open(emulator);
        emulator.Emulator.Requests.Clear();

        var balance = Single(session.Invoke("Get-PolvoStripeBalance"), "Balance");
        Assert.NotEmpty((System.Collections.IEnumerable)balance.Properties["Available"].Value);
        Assert.Empty(Sent(emulator, "GET", "/v1/balance").QueryString.TrimStart('?'));

        string table = (string)session.Invoke("Get-PolvoStripeBalance | Out-String -Width 80").ThrowOnError().Objects[0];
        Assert.Matches(@"Available\s+Pending", table);
        Assert.Matches(@"\d+ usd", table);
        Assert.Empty(session.Invoke("Get-PolvoStripeBalance -First 0").ThrowOnError().Output);
    }

    [Fact]
    public void Transfer_CreatedListedReversedThroughThePipeline()
    {
        using var session = PolvoRunspace.Open(emulator);
        emulator.Emulator.Requests.Clear();

        var transfer = Single(session.Invoke("New-PolvoStripeTransfer -Amount 1000 -Currency usd -Destination acct_1ABCDEFGHIJKLMNO -TransferGroup order-7"), "Transfer");
        string id = transfer.Value<string>("Id");
        Assert.Equal([("amount", "1000"), ("currency", "usd"), ("destination", "acct_1ABCDEFGHIJKLMNO"), ("transfer_group", "order-7")], Sent(emulator, "POST", "/v1/transfers").Fields());
        Assert.Contains(All(session.Invoke("Get-PolvoStripeTransfer -TransferGroup order-7"), "Transfer"), t => t.Value<string>("Id") == id);
        Single(session.Invoke("Set-PolvoStripeTransfer $id -Description 'March payout' -PassThru", Vars(("id", id))), "Transfer");

        var reversal = Single(session.Invoke("New-PolvoStripeTransferReversal -Transfer $id -Amount 300 -Metadata @{ reason = 'return' }", Vars(("id", id))), "TransferReversal");
        string reversalId = reversal.Value<string>("Id");
        Assert.Equal([("amount", "300"), ("metadata[reason]", "return")], Sent(emulator, "POST", $"/v1/transfers/{id}/reversals").Fields());

        Assert.Equal(reversalId, Single(session.Invoke("Get-PolvoStripeTransfer $id | Get-PolvoStripeTransferReversal", Vars(("id", id))), "TransferReversal").Value<string>("Id"));
        Single(session.Invoke("Get-PolvoStripeTransferReversal -Transfer $t -Id $r", Vars(("t", id), ("r", reversalId))), "TransferReversal");
        Single(session.Invoke("Set-PolvoStripeTransferReversal $r -Transfer $t -Metadata @{ reason = 'refund' } -PassThru", Vars(("t", id), ("r", reversalId))), "TransferReversal");
        Assert.Equal([("metadata[reason]", "refund")], Sent(emulator, "POST", $"/v1/transfers/{id}/reversals/{reversalId}").Fields());
    }

    [Fact]
    public void NewTransferReversal_WithoutTransfer_IsRefusedNamingTheParameter()
    {
        using var session = PolvoRunspace.Open(emulator);

        var result = session.Invoke("New-PolvoStripeTransferReversal -Amount 300");

        var error = Assert.IsAssignableFrom<ParameterBindingException>(result.Terminating ?? Assert.Single(result.Errors).Exception);
        Assert.Contains("Transfer", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GetTransferReversal_PayoutIdAsTransfer_IsRefusedBeforeAnyRequest()
    {
        using var session = PolvoRunspace.Open(emulator);
        emulator.Emulator.Requests.Clear();

        var result = session.Invoke("Get-PolvoStripeTransferReversal -Transfer po_123");

        Assert.Contains("not of a transfer", Assert.Single(result.Errors).ToString(), StringComparison.Ordinal);
        Assert.Empty(emulator.Emulator.Requests.Snapshot());
    }

    [Fact]
    public void CustomerBalanceTransaction_ACreditListedFromThePipedCustomerAndUpdated()
    {
        using var session = PolvoRunspace.Open(emulator);
        string customer = Id(session, "Get-PolvoStripeCustomer -First 1 -Skip 6");
        emulator.Emulator.Requests.Clear();

        var credit = Single(session.Invoke("New-PolvoStripeCustomerBalanceTransaction -Customer $c -Amount -1000 -Currency usd -Description Goodwill", Vars(("c", customer))), "CustomerBalanceTransaction");
        string id = credit.Value<string>("Id");
        Assert.Equal(-1000L, credit.Value<long>("EndingBalance"));
        Assert.Equal([("amount", "-1000"), ("currency", "usd"), ("description", "Goodwill")], Sent(emulator, "POST", $"/v1/customers/{customer}/balance_transactions").Fields());

        Assert.Equal(id, Single(session.Invoke("Get-PolvoStripeCustomer -Id $c | Get-PolvoStripeCustomerBalanceTransaction", Vars(("c", customer))), "CustomerBalanceTransaction").Value<string>("Id"));
        Single(session.Invoke("Get-PolvoStripeCustomerBalanceTransaction -Customer $c -Id $id", Vars(("c", customer), ("id", id))), "CustomerBalanceTransaction");
        var updated = Single(session.Invoke("Get-PolvoStripeCustomerBalanceTransaction -Customer $c | Set-PolvoStripeCustomerBalanceTransaction -Description 'Goodwill, March' -PassThru", Vars(("c", customer))), "CustomerBalanceTransaction");
        Assert.Equal("Goodwill, March", updated.Value<string>("Description"));
    }

    [Fact]
    public void GetCustomerBalanceTransaction_UnknownCustomer_IsAnErrorNamingStripesCode()
    {
        using var session = PolvoRunspace.Open(emulator);

        var result = session.Invoke("Get-PolvoStripeCustomerBalanceTransaction -Customer cus_doesnotexist");

        Assert.Empty(result.Output);
        Assert.StartsWith("resource_missing", Assert.Single(result.Errors).FullyQualifiedErrorId, StringComparison.Ordinal);
    }
}
