using System.Management.Automation;
using Polvo.PowerShell.Tests.TestSupport;
using static Polvo.PowerShell.Tests.Runspaces.GeneratedNounChecks;

namespace Polvo.PowerShell.Tests.Runspaces;

/// <summary>Invoice items, invoice lines, credit notes and their lines, subscription items and schedules against the emulator.</summary>
public sealed class GeneratedNounsBillingTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>
{
    [Fact]
    public void InvoiceItem_CreateListUpdateDelete_AndTheInvoiceShowsItAsALine()
    {
        using var session = PolvoRunspace.Open(emulator);
        string customer = Id(session, "Get-PolvoStripeCustomer -First 1 -Skip 2");
        emulator.Emulator.Requests.Clear();

        var item = Single(session.Invoke("New-PolvoStripeInvoiceItem -Customer $c -Amount 2500 -Currency usd -Description 'Setup fee'", Vars(("c", customer))), "InvoiceItem");
        string id = item.Value<string>("Id");
        Assert.Equal(2500L, item.Value<long>("Amount"));
        Assert.Equal([("amount", "2500"), ("currency", "usd"), ("customer", customer), ("description", "Setup fee")], Sent(emulator, "POST", "/v1/invoiceitems").Fields());

        var pending = All(session.Invoke("Get-PolvoStripeCustomer -Id $c | Get-PolvoStripeInvoiceItem -Pending true", Vars(("c", customer))), "InvoiceItem");
        Assert.Contains(pending, i => i.Value<string>("Id") == id);
        string query = Sent(emulator, "GET", "/v1/invoiceitems").QueryString;
        Assert.Contains($"customer={customer}", query, StringComparison.Ordinal);
        Assert.Contains("pending=true", query, StringComparison.Ordinal);

        Single(session.Invoke("Set-PolvoStripeInvoiceItem $id -Quantity 2 -Description 'Setup fee x2' -PassThru", Vars(("id", id))), "InvoiceItem");
        Assert.Equal([("description", "Setup fee x2"), ("quantity", "2")], Sent(emulator, "POST", $"/v1/invoiceitems/{id}").Fields());

        string invoice = Id(session, "New-PolvoStripeInvoice -Customer $c", Vars(("c", customer)));
        emulator.Emulator.Requests.Clear();
        var lines = All(session.Invoke("Get-PolvoStripeInvoice -Id $i | Get-PolvoStripeInvoiceLineItem", Vars(("i", invoice))), "LineItem");
        Assert.Contains(lines, l => l.Value<string>("Description") == "Setup fee x2");
        Sent(emulator, "GET", $"/v1/invoices/{invoice}/lines");

        string loose = Id(session, "New-PolvoStripeInvoiceItem -Customer $c -Amount 100 -Currency usd", Vars(("c", customer)));
        var deleted = Single(session.Invoke("Remove-PolvoStripeInvoiceItem $id -Force -PassThru", Vars(("id", loose))), "DeletedInvoiceItem");
        Assert.True(deleted.Value<bool>("Deleted"));
    }

    [Fact]
    public void GetInvoiceLineItem_UnknownInvoice_IsAnErrorForThatInvoiceOnly()
    {
        using var session = PolvoRunspace.Open(emulator);

        var result = session.Invoke("Get-PolvoStripeInvoiceLineItem -Invoice in_doesnotexist");

        Assert.Empty(result.Output);
        Assert.StartsWith("resource_missing", Assert.Single(result.Errors).FullyQualifiedErrorId, StringComparison.Ordinal);
    }

    [Fact]
    public void CreditNote_IssuedFromAPipedInvoiceListedVoided_WithItsLines()
    {
        using var session = PolvoRunspace.Open(emulator);
        string customer = Id(session, "Get-PolvoStripeCustomer -First 1 -Skip 3");
        string invoice = Id(session, "$null = New-PolvoStripeInvoiceItem -Customer $c -Amount 5000 -Currency usd; $i = New-PolvoStripeInvoice -Customer $c; Complete-PolvoStripeInvoice $i.Id -PassThru", Vars(("c", customer)));
        emulator.Emulator.Requests.Clear();

        var note = Single(session.Invoke("Get-PolvoStripeInvoice -Id $i | New-PolvoStripeCreditNote -Amount 700 -Reason order_change -Memo Goodwill", Vars(("i", invoice))), "CreditNote");
        string id = note.Value<string>("Id");
        Assert.Equal("issued", note.Value<string>("Status"));
        Assert.Equal([("amount", "700"), ("invoice", invoice), ("memo", "Goodwill"), ("reason", "order_change")], Sent(emulator, "POST", "/v1/credit_notes").Fields());

        Assert.Contains(All(session.Invoke("Get-PolvoStripeCustomer -Id $c | Get-PolvoStripeCreditNote", Vars(("c", customer))), "CreditNote"), n => n.Value<string>("Id") == id);
        Single(session.Invoke("Get-PolvoStripeCreditNote $id", Vars(("id", id))), "CreditNote");
        // The emulator issues credit notes for an amount with no lines (it keeps no lines[] of the request), so the list is empty.
        Assert.Empty(session.Invoke("Get-PolvoStripeCreditNote -Id $id | Get-PolvoStripeCreditNoteLineItem", Vars(("id", id))).ThrowOnError().Output);
        Sent(emulator, "GET", $"/v1/credit_notes/{id}/lines");

        Single(session.Invoke("Set-PolvoStripeCreditNote $id -Memo 'Goodwill, March' -PassThru", Vars(("id", id))), "CreditNote");
        Assert.Equal([("memo", "Goodwill, March")], Sent(emulator, "POST", $"/v1/credit_notes/{id}").Fields());

        Assert.Equal("void", Single(session.Invoke("Revoke-PolvoStripeCreditNote $id -Force -PassThru", Vars(("id", id))), "CreditNote").Value<string>("Status"));
    }

    [Fact]
    public void SubscriptionItem_ListedFromAPipedSubscriptionAddedChangedRemoved()
    {
        using var session = PolvoRunspace.Open(emulator);
        string customer = Id(session, "Get-PolvoStripeCustomer -First 1 -Skip 4");
        string price = Id(session, "$p = New-PolvoStripeProduct -Name Seats; New-PolvoStripePrice -Product $p.Id -Currency usd -UnitAmount 900 -Body @{ recurring = @{ interval = 'month' } }");
        string extra = Id(session, "$p = New-PolvoStripeProduct -Name Support; New-PolvoStripePrice -Product $p.Id -Currency usd -UnitAmount 300 -Body @{ recurring = @{ interval = 'month' } }");
        string subscription = Id(session, "New-PolvoStripeSubscription -Customer $c -Body @{ items = @(@{ price = $p }) }", Vars(("c", customer), ("p", price)));
        emulator.Emulator.Requests.Clear();

        var items = All(session.Invoke("Get-PolvoStripeSubscription -Id $s | Get-PolvoStripeSubscriptionItem", Vars(("s", subscription))), "SubscriptionItem");
        Assert.Equal(price, Assert.Single(items).Value<PSObject>("Price").Properties["Id"].Value);
        Assert.Contains($"subscription={subscription}", Sent(emulator, "GET", "/v1/subscription_items").QueryString, StringComparison.Ordinal);

        var added = Single(session.Invoke("New-PolvoStripeSubscriptionItem -Subscription $s -Price $p -Quantity 3", Vars(("s", subscription), ("p", extra))), "SubscriptionItem");
        string id = added.Value<string>("Id");
        Assert.Equal([("price", extra), ("quantity", "3"), ("subscription", subscription)], Sent(emulator, "POST", "/v1/subscription_items").Fields());

        Assert.Equal(5L, Single(session.Invoke("Set-PolvoStripeSubscriptionItem $id -Quantity 5 -PassThru", Vars(("id", id))), "SubscriptionItem").Value<long>("Quantity"));
        Single(session.Invoke("Get-PolvoStripeSubscriptionItem $id", Vars(("id", id))), "SubscriptionItem");
        Assert.True(Single(session.Invoke("Remove-PolvoStripeSubscriptionItem $id -Force -PassThru", Vars(("id", id))), "DeletedSubscriptionItem").Value<bool>("Deleted"));
    }

    [Fact]
    public void SubscriptionSchedule_FromASubscriptionReleasedAnotherCanceled()
    {
        using var session = PolvoRunspace.Open(emulator);
        string customer = Id(session, "Get-PolvoStripeCustomer -First 1 -Skip 5");
        string price = Id(session, "$p = New-PolvoStripeProduct -Name Plan; New-PolvoStripePrice -Product $p.Id -Currency usd -UnitAmount 1200 -Body @{ recurring = @{ interval = 'month' } }");
        string subscription = Id(session, "New-PolvoStripeSubscription -Customer $c -Body @{ items = @(@{ price = $p }) }", Vars(("c", customer), ("p", price)));
        emulator.Emulator.Requests.Clear();

        var schedule = Single(session.Invoke("New-PolvoStripeSubscriptionSchedule -FromSubscription $s -Metadata @{ plan = 'annual' }", Vars(("s", subscription))), "SubscriptionSchedule");
        string id = schedule.Value<string>("Id");
        Assert.StartsWith("sub_sched_", id, StringComparison.Ordinal);
        Assert.Equal([("from_subscription", subscription), ("metadata[plan]", "annual")], Sent(emulator, "POST", "/v1/subscription_schedules").Fields());

        Assert.Contains(All(session.Invoke("Get-PolvoStripeCustomer -Id $c | Get-PolvoStripeSubscriptionSchedule", Vars(("c", customer))), "SubscriptionSchedule"), s => s.Value<string>("Id") == id);
        Single(session.Invoke("Set-PolvoStripeSubscriptionSchedule $id -Metadata @{ plan = 'monthly' } -PassThru", Vars(("id", id))), "SubscriptionSchedule");
        Assert.Equal("released", Single(session.Invoke("Get-PolvoStripeSubscriptionSchedule $id | Disconnect-PolvoStripeSubscriptionSchedule -Force -PassThru", Vars(("id", id))), "SubscriptionSchedule").Value<string>("Status"));
        Sent(emulator, "POST", $"/v1/subscription_schedules/{id}/release");

        string other = Id(session, "New-PolvoStripeSubscriptionSchedule -Customer $c -Body @{ phases = @(@{ items = @(@{ price = $p }) }) }", Vars(("c", customer), ("p", price)));
        Assert.Equal("canceled", Single(session.Invoke("Stop-PolvoStripeSubscriptionSchedule $id -Force -PassThru", Vars(("id", other))), "SubscriptionSchedule").Value<string>("Status"));
    }

    [Fact]
    public void SubscriptionSchedule_ASubscriptionsId_IsRefusedBeforeAnyRequest()
    {
        using var session = PolvoRunspace.Open(emulator);
        emulator.Emulator.Requests.Clear();

        var result = session.Invoke("Get-PolvoStripeSubscriptionSchedule sub_123");

        Assert.Contains("not of a subscription schedule", Assert.Single(result.Errors).ToString(), StringComparison.Ordinal);
        Assert.Empty(emulator.Emulator.Requests.Snapshot());
    }
}
