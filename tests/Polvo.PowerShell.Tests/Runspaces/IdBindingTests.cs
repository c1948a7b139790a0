using Polvo.PowerShell.Tests.TestSupport;

namespace Polvo.PowerShell.Tests.Runspaces;

/// <summary>Issue 7, item 8: Stripe objects where ids are expected, in a real runspace against the emulator.</summary>
public sealed class IdBindingTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>
{
    [Fact]
    public void Customer_ToStringIsItsId_SoObjectsBindToId()
    {
        using var session = PolvoRunspace.Open(emulator);

        var result = session.Invoke("""
            $two = Get-PolvoStripeCustomer -First 2
            "$($two[0])" -eq $two[0].Id
            ((Get-PolvoStripeCustomer -Id $two).Id | Sort-Object) -join ','
            ($two.Id | Sort-Object) -join ','
            """);

        Assert.Empty(result.Errors);
        Assert.Equal(true, result.Objects[0]);
        Assert.Equal(result.Objects[2], result.Objects[1]);
    }

    [Fact]
    public void ChargesPipedIntoGetCustomer_GetEachChargesCustomer()
    {
        using var session = PolvoRunspace.Open(emulator);
        emulator.Emulator.Requests.Clear();

        var result = session.Invoke("""
            $charges = Get-PolvoStripeCharge -First 3
            (($charges | Get-PolvoStripeCustomer).Id | Sort-Object) -join ','
            ($charges.Customer | Sort-Object) -join ','
            """);

        Assert.Empty(result.Errors);
        Assert.Equal(result.Objects[1], result.Objects[0]);
        Assert.DoesNotContain(emulator.Emulator.Requests.Snapshot(), r => r.Path.StartsWith("/v1/customers/ch_", StringComparison.Ordinal));
    }

    [Fact]
    public void ChargePipedIntoSetCustomer_IsRefusedBeforeAnyRequest()
    {
        using var session = PolvoRunspace.Open(emulator);
        var charge = session.Invoke("Get-PolvoStripeCharge -First 1").Output.Single();
        emulator.Emulator.Requests.Clear();

        var result = session.Invoke(
            "$charge | Set-PolvoStripeCustomer -Description 'not for charges'; $charge | Remove-PolvoStripeCustomer -Confirm:$false",
            new Dictionary<string, object?> { ["charge"] = charge });

        Assert.Equal(2, result.Errors.Count);
        Assert.All(result.Errors, e =>
        {
            Assert.Contains("is the id of a charge, not of a customer", e.ToString(), StringComparison.Ordinal);
            Assert.StartsWith("ParameterArgumentValidationError", e.FullyQualifiedErrorId, StringComparison.Ordinal);
        });
        Assert.DoesNotContain(emulator.Emulator.Requests.Snapshot(), r => r.Path.StartsWith("/v1/customers", StringComparison.Ordinal));
    }
}
