using System.Management.Automation;
using Polvo.PowerShell.Tests.TestSupport;
using static Polvo.PowerShell.Tests.Runspaces.GeneratedNounChecks;

namespace Polvo.PowerShell.Tests.Runspaces;

/// <summary>Setup intents, payment methods and disputes: every generated cmdlet against the emulator, as a user sees it.</summary>
public sealed class GeneratedNounsPaymentsTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>
{
    [Fact]
    public void SetupIntent_CreateListConfirmCancel_WriteTypedObjectsAndSendTheNamedFields()
    {
        using var session = PolvoRunspace.Open(emulator);
        string customer = Id(session, "Get-PolvoStripeCustomer -First 1");
        string pm = Id(session, "New-PolvoStripePaymentMethod -Type card -Body @{ card = @{ token = 'tok_visa' } }");
        emulator.Emulator.Requests.Clear();

        var created = Single(session.Invoke("New-PolvoStripeSetupIntent -Customer $c -Description 'Save card' -Usage off_session -Metadata @{ order = 'A-1' }", Vars(("c", customer))), "SetupIntent");
        string id = created.Value<string>("Id");
        Assert.StartsWith("seti_", id, StringComparison.Ordinal);
        Assert.Equal([("customer", customer), ("description", "Save card"), ("metadata[order]", "A-1"), ("usage", "off_session")], Sent(emulator, "POST", "/v1/setup_intents").Fields());

        var piped = All(session.Invoke("Get-PolvoStripeCustomer -Id $c | Get-PolvoStripeSetupIntent", Vars(("c", customer))), "SetupIntent");
        Assert.Contains(piped, s => s.Value<string>("Id") == id);
        Assert.Contains($"customer={customer}", Sent(emulator, "GET", "/v1/setup_intents").QueryString, StringComparison.Ordinal);

        Single(session.Invoke("Set-PolvoStripeSetupIntent $id -Description 'Card on file' -PassThru", Vars(("id", id))), "SetupIntent");
        Assert.Equal([("description", "Card on file")], Sent(emulator, "POST", $"/v1/setup_intents/{id}").Fields());

        var confirmed = Single(session.Invoke("Confirm-PolvoStripeSetupIntent $id -PaymentMethod $pm -PassThru", Vars(("id", id), ("pm", pm))), "SetupIntent");
        Assert.Equal("succeeded", confirmed.Value<string>("Status"));
        Assert.Equal([("payment_method", pm)], Sent(emulator, "POST", $"/v1/setup_intents/{id}/confirm").Fields());

        string other = Id(session, "New-PolvoStripeSetupIntent -Customer $c", Vars(("c", customer)));
        var canceled = Single(session.Invoke("Get-PolvoStripeSetupIntent -Id $id | Stop-PolvoStripeSetupIntent -CancellationReason abandoned -Force -PassThru", Vars(("id", other))), "SetupIntent");
        Assert.Equal("canceled", canceled.Value<string>("Status"));
        Assert.Equal([("cancellation_reason", "abandoned")], Sent(emulator, "POST", $"/v1/setup_intents/{other}/cancel").Fields());
    }

    [Fact]
    public void PaymentMethod_AttachListByCustomerAndTypeDetach_FollowTheCustomer()
    {
        using var session = PolvoRunspace.Open(emulator);
        string customer = Id(session, "Get-PolvoStripeCustomer -First 1 -Skip 1");
        emulator.Emulator.Requests.Clear();

        var created = Single(session.Invoke("New-PolvoStripePaymentMethod -Type card -Metadata @{ source = 'test' } -Body @{ card = @{ token = 'tok_visa' } }"), "PaymentMethod");
        string pm = created.Value<string>("Id");
        Assert.Equal([("card[token]", "tok_visa"), ("metadata[source]", "test"), ("type", "card")], Sent(emulator, "POST", "/v1/payment_methods").Fields());

        var attached = Single(session.Invoke("Add-PolvoStripePaymentMethod $pm -Customer $c -PassThru", Vars(("pm", pm), ("c", customer))), "PaymentMethod");
        Assert.Equal(customer, attached.Value<string>("Customer"));
        Assert.Equal([("customer", customer)], Sent(emulator, "POST", $"/v1/payment_methods/{pm}/attach").Fields());

        var listed = All(session.Invoke("Get-PolvoStripeCustomer -Id $c | Get-PolvoStripePaymentMethod", Vars(("c", customer))), "PaymentMethod");
        Assert.Contains(listed, m => m.Value<string>("Id") == pm);
        string query = Sent(emulator, "GET", "/v1/payment_methods").QueryString;
        Assert.Contains($"customer={customer}", query, StringComparison.Ordinal);
        Assert.Contains("type=card", query, StringComparison.Ordinal); // Stripe requires a type: card unless -Type says otherwise

        Single(session.Invoke("Get-PolvoStripePaymentMethod $pm", Vars(("pm", pm))), "PaymentMethod");
        Single(session.Invoke("Set-PolvoStripePaymentMethod $pm -Metadata @{ source = '' } -PassThru", Vars(("pm", pm))), "PaymentMethod");
        Assert.Equal([("metadata[source]", string.Empty)], Sent(emulator, "POST", $"/v1/payment_methods/{pm}").Fields());

        var detached = Single(session.Invoke("Remove-PolvoStripePaymentMethod $pm -Force -PassThru", Vars(("pm", pm))), "PaymentMethod");
        Assert.Null(detached.Properties["Customer"].Value);
        Assert.Single(emulator.Queries("POST", $"/v1/payment_methods/{pm}/detach"));
    }

    [Fact]
    public void GetPaymentMethod_WithoutCustomer_IsRefusedNamingTheParameter()
    {
        using var session = PolvoRunspace.Open(emulator);
        emulator.Emulator.Requests.Clear();

        var result = session.Invoke("Get-PolvoStripePaymentMethod -Type card");

        var error = Assert.IsAssignableFrom<ParameterBindingException>(result.Terminating ?? Assert.Single(result.Errors).Exception);
        Assert.Contains("Customer", error.Message, StringComparison.Ordinal);
        Assert.Empty(emulator.Queries("GET", "/v1/payment_methods"));
    }

    [Fact]
    public void Dispute_ListByPipedChargeStageEvidenceAndClose_AsTheDisputeMoves()
    {
        using var session = PolvoRunspace.Open(emulator);
        string charge = (string)session.Invoke("(Invoke-PolvoStripeRequest -Method Post -Path /v1/charges -Body @{ amount = 1500; currency = 'usd'; source = 'tok_createDispute' }).id").ThrowOnError().Objects[0];
        emulator.Emulator.Requests.Clear();

        var dispute = Single(session.Invoke("Get-PolvoStripeCharge -Id $ch | Get-PolvoStripeDispute", Vars(("ch", charge))), "Dispute");
        string id = dispute.Value<string>("Id");
        Assert.Equal("needs_response", dispute.Value<string>("Status"));
        Assert.Contains($"charge={charge}", Sent(emulator, "GET", "/v1/disputes").QueryString, StringComparison.Ordinal);

        var staged = Single(session.Invoke("Set-PolvoStripeDispute $id -Body @{ evidence = @{ uncategorized_text = 'Delivered on time' } } -PassThru", Vars(("id", id))), "Dispute");
        Assert.Equal("Delivered on time", ((dynamic)staged.Properties["Evidence"].Value).UncategorizedText);
        Assert.Equal([("evidence[uncategorized_text]", "Delivered on time")], Sent(emulator, "POST", $"/v1/disputes/{id}").Fields());

        var closed = Single(session.Invoke("Close-PolvoStripeDispute $id -Force -PassThru", Vars(("id", id))), "Dispute");
        Assert.Equal("lost", closed.Value<string>("Status"));

        var again = session.Invoke("Close-PolvoStripeDispute $id -Force", Vars(("id", id)));
        Assert.StartsWith("dispute_already_closed", Assert.Single(again.Errors).FullyQualifiedErrorId, StringComparison.Ordinal);
    }

    [Fact]
    public void CloseDispute_ChargeId_IsRefusedBeforeAnyRequest()
    {
        using var session = PolvoRunspace.Open(emulator);
        emulator.Emulator.Requests.Clear();

        var result = session.Invoke("Close-PolvoStripeDispute ch_123 -Force");

        Assert.Contains("not of a dispute", Assert.Single(result.Errors).ToString(), StringComparison.Ordinal);
        Assert.Empty(emulator.Emulator.Requests.Snapshot());
    }
}
