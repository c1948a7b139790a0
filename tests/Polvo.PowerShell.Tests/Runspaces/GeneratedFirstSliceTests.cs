using Polvo.PowerShell.Tests.TestSupport;
using static Polvo.PowerShell.Tests.Runspaces.GeneratedNounChecks;

namespace Polvo.PowerShell.Tests.Runspaces;

/// <summary>
/// The writes and actions of the first generated nouns (payment intents, refunds, payouts, invoices, subscriptions)
/// against the emulator, as a user sees them: the object written, the state it moved to and the form sent.
/// </summary>
public sealed class GeneratedFirstSliceTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>
{
    [Fact]
    public void PaymentIntent_UpdatedThenConfirmedWithATestCard_Succeeds()
    {
        using var session = PolvoRunspace.Open(emulator);
        string id = Id(session, "New-PolvoStripePaymentIntent -Amount 2000 -Currency usd");
        emulator.Emulator.Requests.Clear();

        var updated = Single(session.Invoke("Set-PolvoStripePaymentIntent $id -Description 'Order 7' -Metadata @{ order = '7' } -PassThru", Vars(("id", id))), "PaymentIntent");
        Assert.Equal("Order 7", updated.Value<string>("Description"));
        Assert.Equal("requires_payment_method", updated.Value<string>("Status"));
        Assert.Equal([("description", "Order 7"), ("metadata[order]", "7")], Sent(emulator, "POST", $"/v1/payment_intents/{id}").Fields());

        var confirmed = Single(session.Invoke("Get-PolvoStripePaymentIntent -Id $id | Confirm-PolvoStripePaymentIntent -PaymentMethod pm_card_visa -PassThru", Vars(("id", id))), "PaymentIntent");
        Assert.Equal(id, confirmed.Value<string>("Id"));
        Assert.Equal("succeeded", confirmed.Value<string>("Status"));
        Assert.Equal(2000L, confirmed.Value<long>("AmountReceived"));
        Assert.Equal([("payment_method", "pm_card_visa")], Sent(emulator, "POST", $"/v1/payment_intents/{id}/confirm").Fields());
    }

    [Fact]
    public void ConfirmPaymentIntent_WithoutPassThru_WritesNothingAndWhatIfSendsNothing()
    {
        using var session = PolvoRunspace.Open(emulator);
        string id = Id(session, "New-PolvoStripePaymentIntent -Amount 900 -Currency usd -PaymentMethod pm_card_visa");
        emulator.Emulator.Requests.Clear();

        Assert.Empty(session.Invoke("Confirm-PolvoStripePaymentIntent $id -WhatIf", Vars(("id", id))).ThrowOnError().Output);
        Assert.Empty(emulator.Emulator.Requests.Snapshot());

        Assert.Empty(session.Invoke("Confirm-PolvoStripePaymentIntent $id", Vars(("id", id))).ThrowOnError().Output);
        Assert.Empty(Sent(emulator, "POST", $"/v1/payment_intents/{id}/confirm").Fields());
        Assert.Equal("succeeded", Single(session.Invoke("Get-PolvoStripePaymentIntent $id", Vars(("id", id))), "PaymentIntent").Value<string>("Status"));
    }

    [Fact]
    public void Refund_ReadByIdAndByChargeAndUpdated()
    {
        using var session = PolvoRunspace.Open(emulator);
        string charge = NewCharge(session, 3000);
        string id = Id(session, "New-PolvoStripeRefund -Charge $ch -Amount 1200", Vars(("ch", charge)));
        emulator.Emulator.Requests.Clear();

        var read = Single(session.Invoke("Get-PolvoStripeRefund $id", Vars(("id", id))), "Refund");
        Assert.Equal(1200L, read.Value<long>("Amount"));
        Assert.Equal("succeeded", read.Value<string>("Status"));
        Assert.Single(emulator.Queries("GET", $"/v1/refunds/{id}"));
        Assert.Equal(id, Single(session.Invoke("Get-PolvoStripeRefund -Charge $ch", Vars(("ch", charge))), "Refund").Value<string>("Id"));
        Assert.Contains($"charge={charge}", Sent(emulator, "GET", "/v1/refunds").QueryString, StringComparison.Ordinal);

        var updated = Single(session.Invoke("Get-PolvoStripeRefund $id | Set-PolvoStripeRefund -Metadata @{ ticket = 'T-9' } -PassThru", Vars(("id", id))), "Refund");
        Assert.Equal("T-9", ((System.Collections.IDictionary)updated.Properties["Metadata"].Value)["ticket"]);
        Assert.Equal([("metadata[ticket]", "T-9")], Sent(emulator, "POST", $"/v1/refunds/{id}").Fields());
    }

    [Fact]
    public void StopRefund_ACardRefund_WhatIfSendsNothingAndTheCancelIsStripesRefusalForThatRefundOnly()
    {
        // Card refunds succeed at once; Stripe cancels only refunds in requires_action, which test mode never makes,
        // so what a user can see here is Stripe's 400 refusal, per refund, with the refunds left as they were.
        using var session = PolvoRunspace.Open(emulator);
        string first = Id(session, "New-PolvoStripeRefund -Charge $ch", Vars(("ch", NewCharge(session, 700))));
        string second = Id(session, "New-PolvoStripeRefund -Charge $ch", Vars(("ch", NewCharge(session, 800))));
        emulator.Emulator.Requests.Clear();

        Assert.Empty(session.Invoke("Stop-PolvoStripeRefund $id -WhatIf", Vars(("id", first))).ThrowOnError().Output);
        Assert.Empty(emulator.Emulator.Requests.Snapshot());

        var result = session.Invoke("Stop-PolvoStripeRefund $a, $b -Force -PassThru", Vars(("a", first), ("b", second)));
        Assert.Empty(result.Output);
        Assert.Equal(2, result.Errors.Count);
        Assert.All(result.Errors, e =>
        {
            Assert.Equal(System.Management.Automation.ErrorCategory.InvalidArgument, e.CategoryInfo.Category);
            Assert.StartsWith("StripeInvalidRequest,", e.FullyQualifiedErrorId, StringComparison.Ordinal);
            Assert.Contains("Only refunds with status `requires_action` can be canceled.", e.ToString(), StringComparison.Ordinal);
        });
        Assert.Empty(Sent(emulator, "POST", $"/v1/refunds/{first}/cancel").Fields());
        Assert.Single(emulator.Queries("POST", $"/v1/refunds/{second}/cancel"));
        Assert.Equal("succeeded", Single(session.Invoke("Get-PolvoStripeRefund $id", Vars(("id", first))), "Refund").Value<string>("Status"));
    }

    [Fact]
    public void StandardPayout_UpdatedThenCanceled_WhilePending()
    {
        using var session = PolvoRunspace.Open(emulator);
        string id = Id(session, "New-PolvoStripePayout -Amount 5000 -Currency usd");
        emulator.Emulator.Requests.Clear();

        var updated = Single(session.Invoke("Set-PolvoStripePayout $id -Metadata @{ batch = 'B-1' } -PassThru", Vars(("id", id))), "Payout");
        Assert.Equal("pending", updated.Value<string>("Status"));
        Assert.Equal([("metadata[batch]", "B-1")], Sent(emulator, "POST", $"/v1/payouts/{id}").Fields());

        Assert.Empty(session.Invoke("Stop-PolvoStripePayout $id -WhatIf", Vars(("id", id))).ThrowOnError().Output);
        Assert.Empty(emulator.Queries("POST", $"/v1/payouts/{id}/cancel"));

        var canceled = Single(session.Invoke("Get-PolvoStripePayout $id | Stop-PolvoStripePayout -Force -PassThru", Vars(("id", id))), "Payout");
        Assert.Equal("canceled", canceled.Value<string>("Status"));
        Assert.Empty(Sent(emulator, "POST", $"/v1/payouts/{id}/cancel").Fields());
        Assert.Equal("canceled", Single(session.Invoke("Get-PolvoStripePayout $id", Vars(("id", id))), "Payout").Value<string>("Status"));
    }

    [Fact]
    public void InstantPayout_Reversed_LinksTheReversingPayout()
    {
        using var session = PolvoRunspace.Open(emulator);
        string id = Id(session, "New-PolvoStripePayout -Amount 2500 -Currency usd -Method instant");
        emulator.Emulator.Requests.Clear();

        var reversed = Single(session.Invoke("Undo-PolvoStripePayout $id -Metadata @{ reason = 'wrong account' } -Force -PassThru", Vars(("id", id))), "Payout");
        Assert.Equal([("metadata[reason]", "wrong account")], Sent(emulator, "POST", $"/v1/payouts/{id}/reverse").Fields());
        string reversal = reversed.Value<string>("ReversedBy");
        Assert.StartsWith("po_", reversal, StringComparison.Ordinal);
        Assert.NotEqual(id, reversal);

        var reversing = Single(session.Invoke("Get-PolvoStripePayout $r", Vars(("r", reversal))), "Payout");
        Assert.Equal(id, reversing.Value<string>("OriginalPayout"));
        Assert.Equal(2500L, reversing.Value<long>("Amount"));

        var again = session.Invoke("Undo-PolvoStripePayout $id -Force", Vars(("id", id)));
        Assert.StartsWith("payout_not_reversible", Assert.Single(again.Errors).FullyQualifiedErrorId, StringComparison.Ordinal);
    }

    [Fact]
    public void OpenInvoice_MarkedUncollectibleThenPaidOutOfBand()
    {
        using var session = PolvoRunspace.Open(emulator);
        string id = OpenInvoice(session, skip: 2, amount: 4200);
        emulator.Emulator.Requests.Clear();

        var uncollectible = Single(session.Invoke("Get-PolvoStripeInvoice -Id $id | Set-PolvoStripeInvoiceUncollectible -PassThru", Vars(("id", id))), "Invoice");
        Assert.Equal("uncollectible", uncollectible.Value<string>("Status"));
        Assert.Empty(Sent(emulator, "POST", $"/v1/invoices/{id}/mark_uncollectible").Fields());

        Assert.Empty(session.Invoke("Invoke-PolvoStripeInvoicePayment $id -PaidOutOfBand -WhatIf", Vars(("id", id))).ThrowOnError().Output);
        Assert.Empty(emulator.Queries("POST", $"/v1/invoices/{id}/pay"));

        var paid = Single(session.Invoke("Invoke-PolvoStripeInvoicePayment $id -PaidOutOfBand -Force -PassThru", Vars(("id", id))), "Invoice");
        Assert.Equal("paid", paid.Value<string>("Status"));
        Assert.Equal(4200L, paid.Value<long>("AmountPaid"));
        Assert.Equal([("paid_out_of_band", "true")], Sent(emulator, "POST", $"/v1/invoices/{id}/pay").Fields());
    }

    [Fact]
    public void OpenInvoice_PaidWithATestCard_ChargesTheCustomer()
    {
        using var session = PolvoRunspace.Open(emulator);
        string id = OpenInvoice(session, skip: 3, amount: 1500);
        emulator.Emulator.Requests.Clear();

        var paid = Single(session.Invoke("Invoke-PolvoStripeInvoicePayment $id -PaymentMethod pm_card_visa -Force -PassThru", Vars(("id", id))), "Invoice");
        Assert.Equal("paid", paid.Value<string>("Status"));
        Assert.True(paid.Value<bool>("Paid"));
        Assert.Equal([("payment_method", "pm_card_visa")], Sent(emulator, "POST", $"/v1/invoices/{id}/pay").Fields());

        string charge = paid.Value<string>("Charge");
        Assert.Equal(1500L, Assert.Single(session.Invoke("Get-PolvoStripeCharge -Id $ch", Vars(("ch", charge))).ThrowOnError().Output).Value<long>("Amount"));
    }

    [Fact]
    public void DraftInvoice_Removed_IsGoneAndAnOpenOneIsRefused()
    {
        using var session = PolvoRunspace.Open(emulator);
        string customer = Id(session, "Get-PolvoStripeCustomer -First 1 -Skip 4");
        string draft = Id(session, "New-PolvoStripeInvoice -Customer $c", Vars(("c", customer)));
        string open = OpenInvoice(session, skip: 5, amount: 600);
        emulator.Emulator.Requests.Clear();

        Assert.Empty(session.Invoke("Remove-PolvoStripeInvoice $id -WhatIf", Vars(("id", draft))).ThrowOnError().Output);
        Assert.Empty(emulator.Emulator.Requests.Snapshot());

        var deleted = Single(session.Invoke("Get-PolvoStripeInvoice -Id $id | Remove-PolvoStripeInvoice -Force -PassThru", Vars(("id", draft))), "DeletedInvoice");
        Assert.Equal(draft, deleted.Value<string>("Id"));
        Assert.True(deleted.Value<bool>("Deleted"));
        Assert.Single(emulator.Queries("DELETE", $"/v1/invoices/{draft}"));
        var gone = session.Invoke("Get-PolvoStripeInvoice $id", Vars(("id", draft)));
        Assert.StartsWith("resource_missing", Assert.Single(gone.Errors).FullyQualifiedErrorId, StringComparison.Ordinal);

        var refused = session.Invoke("Remove-PolvoStripeInvoice $id -Force", Vars(("id", open)));
        Assert.StartsWith("invoice_not_editable", Assert.Single(refused.Errors).FullyQualifiedErrorId, StringComparison.Ordinal);
        Assert.Equal("open", Single(session.Invoke("Get-PolvoStripeInvoice $id", Vars(("id", open))), "Invoice").Value<string>("Status"));
    }

    [Fact]
    public void Subscription_SetToCancelAtPeriodEnd_StaysActiveUntilThen()
    {
        using var session = PolvoRunspace.Open(emulator);
        string customer = Id(session, "Get-PolvoStripeCustomer -First 1 -Skip 6");
        string price = Id(session, "$p = New-PolvoStripeProduct -Name Seats; New-PolvoStripePrice -Product $p.Id -Currency usd -UnitAmount 900 -Body @{ recurring = @{ interval = 'month' } }");
        string id = Id(session, "New-PolvoStripeSubscription -Customer $c -Body @{ items = @(@{ price = $p }) }", Vars(("c", customer), ("p", price)));
        emulator.Emulator.Requests.Clear();

        // Piped: the subscription's own null fields (DefaultPaymentMethod, ...) neither fail binding nor get sent.
        var updated = Single(session.Invoke("Get-PolvoStripeSubscription -Id $id | Set-PolvoStripeSubscription -CancelAtPeriodEnd -Metadata @{ seats = '3' } -PassThru", Vars(("id", id))), "Subscription");
        Assert.Equal("active", updated.Value<string>("Status"));
        Assert.True(updated.Value<bool>("CancelAtPeriodEnd"));
        Assert.Equal(updated.Value<DateTimeOffset>("CurrentPeriodEnd"), updated.Value<DateTimeOffset>("CancelAt"));
        Assert.Equal([("cancel_at_period_end", "true"), ("metadata[seats]", "3")], Sent(emulator, "POST", $"/v1/subscriptions/{id}").Fields());

        Assert.Empty(session.Invoke("Set-PolvoStripeSubscription $id -Metadata @{ seats = '4' }", Vars(("id", id))).ThrowOnError().Output);
        Assert.True(Single(session.Invoke("Get-PolvoStripeSubscription $id", Vars(("id", id))), "Subscription").Value<bool>("CancelAtPeriodEnd"));
    }

    /// <summary>A captured card charge for <paramref name="amount"/> cents, made through the raw request cmdlet.</summary>
    private static string NewCharge(PolvoRunspace session, long amount) =>
        (string)session.Invoke("(Invoke-PolvoStripeRequest -Method Post -Path /v1/charges -Body @{ amount = $a; currency = 'usd'; source = 'tok_visa' }).id", Vars(("a", amount))).ThrowOnError().Objects[0];

    /// <summary>An open invoice for one item of <paramref name="amount"/> cents to the seeded customer after <paramref name="skip"/> others.</summary>
    private static string OpenInvoice(PolvoRunspace session, int skip, long amount) =>
        Id(session, "$c = Get-PolvoStripeCustomer -First 1 -Skip $skip; $null = New-PolvoStripeInvoiceItem -Customer $c.Id -Amount $a -Currency usd; $i = New-PolvoStripeInvoice -Customer $c.Id; Complete-PolvoStripeInvoice $i.Id -PassThru", Vars(("skip", skip), ("a", amount)));
}
