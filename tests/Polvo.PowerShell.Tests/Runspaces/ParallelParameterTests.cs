using System.Management.Automation;
using Polvo.PowerShell.Tests.TestSupport;

namespace Polvo.PowerShell.Tests.Runspaces;

/// <summary>Issue 7, item 20: -Parallel is a switch and -ThrottleLimit says how many at once, as in ForEach-Object.</summary>
public sealed class ParallelParameterTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>
{
    [Theory]
    [InlineData("Get-PolvoStripeCustomer")]
    [InlineData("Get-PolvoStripeCharge")]
    public void Parallel_IsASwitch_ThrottleLimitTakesTheCount(string command)
    {
        using var session = PolvoRunspace.Open();

        var result = session.Invoke($"$p = (Get-Command {command}).Parameters; $p.Parallel.ParameterType.Name; $p.ThrottleLimit.ParameterType.Name; $p.ThrottleLimit.ParameterSets.Keys -contains 'List'");

        Assert.Equal(["SwitchParameter", "Int32", true], result.Objects);
    }

    [Fact]
    public void ParallelWithThrottleLimit_ExportsEveryCustomerOnce_OverThatManyPartitions()
    {
        using var session = PolvoRunspace.Open(emulator);
        emulator.Emulator.Requests.Clear();

        var result = session.Invoke("Get-PolvoStripeCustomer -Parallel -ThrottleLimit 4 -PageSize 5");
        var plain = session.Invoke("(Get-PolvoStripeCustomer).Id").Objects.Cast<string>().ToHashSet();

        Assert.Empty(result.Errors);
        var ids = result.Output.Select(o => (string)o.Properties["Id"].Value).ToList();
        Assert.Equal(EmulatorFixture.SeededCustomers, ids.Count);
        Assert.Equal(plain, ids.ToHashSet());
        Assert.Contains(result.Progress, p => p.Activity.Contains("4 partitions", StringComparison.Ordinal));
    }

    [Fact]
    public void ParallelWithAnInteger_IsABindingErrorBeforeAnyRequest()
    {
        using var session = PolvoRunspace.Open(emulator);
        emulator.Emulator.Requests.Clear();

        var result = session.Invoke("Get-PolvoStripeCustomer -Parallel 8");

        var error = Assert.Single(result.Errors); // a statement-terminating binding error, as for any cmdlet
        Assert.IsType<ParameterBindingException>(error.Exception);
        Assert.StartsWith("PositionalParameterNotFound", error.FullyQualifiedErrorId, StringComparison.Ordinal);
        Assert.Empty(emulator.Emulator.Requests.Snapshot());
    }
}
