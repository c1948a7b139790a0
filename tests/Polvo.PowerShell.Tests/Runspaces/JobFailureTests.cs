using System.Management.Automation;
using Polvo.PowerShell.Tests.TestSupport;

namespace Polvo.PowerShell.Tests.Runspaces;

/// <summary>-AsJob as Get-Job shows it: the command that started the job, and why a failed job failed.</summary>
public sealed class JobFailureTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>
{
    [Fact]
    public void FailedJob_ReasonIsTheException_AndCommandIsTheCommandAlone()
    {
        using var session = PolvoRunspace.Open(emulator);

        var result = session.Invoke("""
            $bad = Connect-PolvoStripe -ApiKey (ConvertTo-SecureString 'sk_test_rejected-key' -AsPlainText -Force) -BaseUrl $url -PassThru
            $job = Get-PolvoStripeCustomer -First 2 -Connection $bad -AsJob
            $null = $job | Wait-Job -Timeout 60
            $job
            Get-Job | Where-Object PSJobTypeName -eq 'PolvoJob' | Remove-Job -Force
            """, new Dictionary<string, object?> { ["url"] = emulator.Emulator.BaseUrl.ToString() });

        Assert.Null(result.Terminating);
        var job = Assert.IsAssignableFrom<Job>(Assert.Single(result.Objects));
        Assert.Equal(JobState.Failed, job.JobStateInfo.State);
        Assert.NotNull(job.JobStateInfo.Reason);
        Assert.Contains("Stripe", job.JobStateInfo.Reason!.GetType().Name);
        Assert.DoesNotContain("rejected-key", job.JobStateInfo.Reason.ToString());
        Assert.Equal("Get-PolvoStripeCustomer -First 2 -Connection $bad -AsJob", job.Command);
    }

    [Fact]
    public void Job_InAPipelineAfterAnAssignment_CommandIsOnlyThePolvoCommand()
    {
        using var session = PolvoRunspace.Open(emulator);

        var result = session.Invoke("$job = Get-PolvoStripeCustomer -First 1 -AsJob | Wait-Job -Timeout 60; $job.Command; $job | Remove-Job -Force\n");

        Assert.Null(result.Terminating);
        Assert.Equal("Get-PolvoStripeCustomer -First 1 -AsJob", Assert.Single(result.Objects));
    }
}
