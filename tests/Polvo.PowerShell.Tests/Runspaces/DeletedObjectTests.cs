using Polvo.PowerShell.Tests.TestSupport;

namespace Polvo.PowerShell.Tests.Runspaces;

/// <summary>Issue 7, item 9: a GET of a deleted customer, in a real runspace against the emulator.</summary>
public sealed class DeletedObjectTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>
{
    [Fact]
    public void GetDeletedCustomer_WritesADeletedMarker_NeverAnEmptyCustomer()
    {
        using var session = PolvoRunspace.Open(emulator);

        var result = session.Invoke("""
            $made = New-PolvoStripeCustomer -Email 'gone@example.com'
            $null = Remove-PolvoStripeCustomer -Id $made.Id -Confirm:$false
            $deleted = Get-PolvoStripeCustomer -Id $made.Id
            $deleted.Id -eq $made.Id
            $deleted.Deleted
            $deleted.PSTypeNames[0]
            ($deleted.PSObject.Properties.Name | Sort-Object) -join ','
            $deleted | Out-String -Width 80
            """);

        Assert.Empty(result.Errors);
        Assert.Equal(true, result.Objects[0]);
        Assert.Equal(true, result.Objects[1]);
        Assert.Equal("Polvo.Stripe.DeletedCustomer", result.Objects[2]);
        Assert.Equal("Deleted,Id,Object", result.Objects[3]);
        string table = Assert.IsType<string>(result.Objects[4]);
        Assert.Contains("Deleted", table, StringComparison.Ordinal);
        Assert.Contains("True", table, StringComparison.Ordinal);
        Assert.DoesNotContain("0001", table, StringComparison.Ordinal);
    }
}
