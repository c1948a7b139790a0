using System.Management.Automation;
using Polvo.PowerShell.Tests.TestSupport;

namespace Polvo.PowerShell.Tests.Runspaces;

/// <summary>The built module in a real PowerShell runspace against the emulator: what a user at a prompt sees.</summary>
public sealed class RunspaceSmokeTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>
{
    [Fact]
    public void Import_ExportsTheCmdletsOfTheManifest()
    {
        using var session = PolvoRunspace.Open();

        var names = session.Invoke("(Get-Command -Module Polvo).Name").Objects.Cast<string>().ToList();

        Assert.Contains("Get-PolvoStripeCustomer", names);
        Assert.Contains("Connect-PolvoStripe", names);
        Assert.All(names, n => Assert.Contains("-PolvoStripe", n, StringComparison.Ordinal));
    }

    [Fact]
    public void GetCustomer_First3_StreamsThreeCustomersFromOnePage()
    {
        using var session = PolvoRunspace.Open(emulator);
        emulator.Emulator.Requests.Clear();

        var result = session.Invoke("Get-PolvoStripeCustomer | Select-Object -First 3");

        Assert.Empty(result.Errors);
        Assert.Equal(3, result.Output.Count);
        Assert.All(result.Output, o => Assert.StartsWith("cus_", (string)o.Properties["Id"].Value, StringComparison.Ordinal));
        Assert.Single(emulator.Queries("GET", "/v1/customers"));
    }

    [Fact]
    public async Task PowerShellStop_CancelsAStreamingListPromptly()
    {
        using var session = PolvoRunspace.Open(emulator);
        using var ps = session.Create();
        ps.AddScript("Get-PolvoStripeCustomer | ForEach-Object { Start-Sleep -Milliseconds 200; $_ }");
        var output = new PSDataCollection<PSObject>();
        var first = new TaskCompletionSource();
        output.DataAdded += (_, _) => first.TrySetResult();

        var invocation = ps.BeginInvoke<PSObject, PSObject>(null, output);
        await first.Task.WaitAsync(TimeSpan.FromSeconds(30));
        ps.Stop();

        await Task.Factory.FromAsync(invocation, _ => { }).WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(PSInvocationState.Stopped, ps.InvocationStateInfo.State);
        Assert.True(output.Count < EmulatorFixture.SeededCustomers, $"{output.Count} items after Stop");
    }
}
