using System.Management.Automation;
using Polvo.PowerShell.Tests.TestSupport;

namespace Polvo.PowerShell.Tests.Runspaces;

/// <summary>Remove-Module and Import-Module in one session; what a connection lets a user do and shows.</summary>
public sealed class ModuleLifetimeTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>
{
    [Fact]
    public void RemoveModule_ThenImport_HasNoOldConnection_AndTheOldOneIsClosed()
    {
        using var session = PolvoRunspace.Open(emulator);

        var result = session.Invoke("""
            $old = Get-PolvoStripeConnection
            Remove-Module Polvo
            Import-Module $manifest
            [bool](Get-PolvoStripeConnection)
            """, new Dictionary<string, object?> { ["manifest"] = ModuleLayout.ManifestPath });
        var reuse = session.Invoke("Get-PolvoStripeCustomer -First 1 -Connection $old");

        Assert.Null(result.Terminating);
        Assert.Empty(result.Errors);
        Assert.Equal(false, Assert.Single(result.Objects));
        Assert.Equal("PolvoStripeConnectionClosed,Polvo.PowerShell.Cmdlets.Stripe.Customers.GetPolvoStripeCustomerCommand", Assert.Single(reuse.Errors).FullyQualifiedErrorId);
        Assert.Contains("Connect-PolvoStripe", reuse.Errors[0].ErrorDetails.RecommendedAction);
    }

    [Fact]
    public async Task RemoveModule_WhileAJobUsesTheConnection_TheJobStillFinishes()
    {
        // 10 pages of one customer, 100 ms each: the job is still running when the module goes.
        await using var slow = await Polvo.Emulator.StripeEmulator.StartAsync(new Polvo.Emulator.EmulatorOptions { SeedCustomers = 10, LatencyMs = 100 });
        using var session = PolvoRunspace.Open(slow.BaseUrl);

        var result = session.Invoke("""
            $job = Get-PolvoStripeCustomer -PageSize 1 -AsJob
            Remove-Module Polvo
            $running = "$($job.State)"
            $null = $job | Wait-Job -Timeout 60
            $running
            "$($job.State)"
            @($job | Receive-Job).Count
            $job | Remove-Job -Force
            """);

        Assert.Null(result.Terminating);
        Assert.Empty(result.Errors);
        Assert.Equal(["Running", "Completed", 10], result.Objects);
    }

    [Fact]
    public void Connection_HasNoDisposeMethod_AndTheSessionKeepsWorking()
    {
        using var session = PolvoRunspace.Open(emulator);

        var result = session.Invoke("""
            $conn = Get-PolvoStripeConnection
            @($conn | Get-Member -Name Dispose).Count
            try { $conn.Dispose() } catch { $_.FullyQualifiedErrorId }
            (Get-PolvoStripeCustomer -First 1).Id
            """);

        Assert.Empty(result.Errors);
        Assert.Equal(0, result.Objects[0]);
        Assert.Equal("MethodNotFound", result.Objects[1]);
        Assert.StartsWith("cus_", (string)result.Objects[2]);
    }

    [Fact]
    public void Connection_ShowsTheRetriesAndRateInEffect_WhenDefaultsApply()
    {
        using var session = PolvoRunspace.Open();

        var result = session.Invoke("""
            Connect-PolvoStripe -ApiKey (ConvertTo-SecureString 'sk_test_DefaultsShown1' -AsPlainText -Force) -BaseUrl $url -PassThru |
                Select-Object MaxRetries, RequestsPerSecond
            """, new Dictionary<string, object?> { ["url"] = emulator.Emulator.BaseUrl.ToString() });

        Assert.Empty(result.Errors);
        var connection = Assert.Single(result.Output);
        Assert.Equal(3, connection.Properties["MaxRetries"].Value);
        Assert.Equal(25.0, connection.Properties["RequestsPerSecond"].Value);
    }
}
