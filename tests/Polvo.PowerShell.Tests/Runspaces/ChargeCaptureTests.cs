using Polvo.PowerShell.Tests.TestSupport;
using static Polvo.PowerShell.Tests.Runspaces.GeneratedNounChecks;

namespace Polvo.PowerShell.Tests.Runspaces;

/// <summary>Complete-PolvoStripeCharge (Stripe's charge capture) against the emulator, as a user sees it.</summary>
public sealed class ChargeCaptureTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>
{
    [Fact]
    public void PipedUncapturedCharge_IsCapturedInFullSendingNoFieldOfThePipedCharge()
    {
        using var session = PolvoRunspace.Open(emulator);
        string id = Authorize(session, 2000);
        emulator.Emulator.Requests.Clear();

        var captured = Single(session.Invoke("Get-PolvoStripeCharge -Id $id | Where-Object Captured -eq $false | Complete-PolvoStripeCharge -Force -PassThru", Vars(("id", id))), "Charge");
        Assert.Equal(id, captured.Value<string>("Id"));
        Assert.True(captured.Value<bool>("Captured"));
        Assert.Equal(2000L, captured.Value<long>("AmountCaptured"));
        Assert.Empty(Sent(emulator, "POST", $"/v1/charges/{id}/capture").Fields());
    }

    [Fact]
    public void PartialCapture_SendsOnlyTheNamedFieldsAndRefundsTheRest()
    {
        using var session = PolvoRunspace.Open(emulator);
        string id = Authorize(session, 2000);
        emulator.Emulator.Requests.Clear();

        var captured = Single(session.Invoke("Complete-PolvoStripeCharge $id -Amount 1500 -StatementDescriptor 'ACME ORDER 7' -ReceiptEmail ops@example.com -Force -PassThru", Vars(("id", id))), "Charge");
        Assert.True(captured.Value<bool>("Captured"));
        Assert.Equal(1500L, captured.Value<long>("AmountCaptured"));
        Assert.Equal(500L, captured.Value<long>("AmountRefunded"));
        Assert.Equal([("amount", "1500"), ("receipt_email", "ops@example.com"), ("statement_descriptor", "ACME ORDER 7")], Sent(emulator, "POST", $"/v1/charges/{id}/capture").Fields());
    }

    [Fact]
    public void WhatIf_SendsNothingAndTheChargeStaysUncaptured_ThenASecondCaptureIsThatChargesError()
    {
        using var session = PolvoRunspace.Open(emulator);
        string id = Authorize(session, 900);
        emulator.Emulator.Requests.Clear();

        var preview = session.Invoke("Complete-PolvoStripeCharge $id -WhatIf", Vars(("id", id))).ThrowOnError();
        Assert.Empty(preview.Output);
        Assert.Empty(emulator.Emulator.Requests.Snapshot());
        Assert.False(Assert.Single(session.Invoke("Get-PolvoStripeCharge -Id $id", Vars(("id", id))).ThrowOnError().Output).Value<bool>("Captured"));

        Assert.Empty(session.Invoke("Complete-PolvoStripeCharge $id -Force", Vars(("id", id))).ThrowOnError().Output);
        var again = session.Invoke("Complete-PolvoStripeCharge $id -Force", Vars(("id", id)));
        Assert.StartsWith("charge_already_captured", Assert.Single(again.Errors).FullyQualifiedErrorId, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("-Amount 0", "Amount")]
    [InlineData("-StatementDescriptor 'THIS IS FAR TOO LONG TO PRINT'", "StatementDescriptor")]
    public void BadField_IsRefusedNamingTheParameterBeforeAnyRequest(string arguments, string parameter)
    {
        using var session = PolvoRunspace.Open(emulator);
        emulator.Emulator.Requests.Clear();

        var result = session.Invoke($"Complete-PolvoStripeCharge ch_123 {arguments} -Force");

        Assert.Contains($"-{parameter}", Assert.Single(result.Errors).ToString(), StringComparison.Ordinal);
        Assert.Empty(emulator.Emulator.Requests.Snapshot());
    }

    /// <summary>An authorized, uncaptured card charge (<c>capture=false</c>) for <paramref name="amount"/> cents.</summary>
    private static string Authorize(PolvoRunspace session, long amount) =>
        (string)session.Invoke("(Invoke-PolvoStripeRequest -Method Post -Path /v1/charges -Body @{ amount = $a; currency = 'usd'; source = 'tok_visa'; capture = $false }).id", Vars(("a", amount))).ThrowOnError().Objects[0];
}
