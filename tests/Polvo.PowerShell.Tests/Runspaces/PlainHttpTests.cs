using Polvo.PowerShell.Tests.TestSupport;

namespace Polvo.PowerShell.Tests.Runspaces;

/// <summary>Connect-PolvoStripe over plain HTTP: a live key never leaves the machine in clear text; a test key warns.</summary>
public sealed class PlainHttpTests
{
    private const string Connect = "Connect-PolvoStripe -ApiKey (ConvertTo-SecureString $key -AsPlainText -Force) -BaseUrl $url";

    [Theory]
    [InlineData("http://api.example.com/")]
    [InlineData("http://10.0.0.5:12111/")]
    public void LiveKey_OverPlainHttpToAnotherHost_IsRefusedNamingBaseUrl(string url)
    {
        using var session = PolvoRunspace.Open();

        var result = session.Invoke(Connect + "; Get-PolvoStripeConnection", Variables("sk_live_PlainHttpSecret1", url));

        var record = Assert.Single(result.Errors);
        Assert.StartsWith("PolvoStripeLiveKeyOverHttp,", record.FullyQualifiedErrorId);
        Assert.Equal(System.Management.Automation.ErrorCategory.SecurityError, record.CategoryInfo.Category);
        Assert.Contains("-BaseUrl", record.ToString());
        Assert.DoesNotContain("PlainHttpSecret1", record.ToString() + record.ErrorDetails.RecommendedAction);
        Assert.Empty(session.Invoke("Get-PolvoStripeConnection").Output);
    }

    [Theory]
    [InlineData("http://127.0.0.1:12111/")]
    [InlineData("http://localhost:12111/")]
    [InlineData("https://api.example.com/")]
    public void LiveKey_OverHttpsOrToLoopback_IsAcceptedWithoutWarning(string url)
    {
        using var session = PolvoRunspace.Open();

        var result = session.Invoke(Connect, Variables("sk_live_PlainHttpSecret2", url));

        Assert.Null(result.Terminating);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void TestKey_OverPlainHttpToAnotherHost_ConnectsWithAWarning()
    {
        using var session = PolvoRunspace.Open();

        var result = session.Invoke(Connect, Variables("sk_test_PlainHttpSecret3", "http://api.example.com/"));

        Assert.Null(result.Terminating);
        var warning = Assert.Single(result.Warnings);
        Assert.Contains("plain HTTP", warning);
        Assert.Contains("-BaseUrl", warning);
    }

    private static Dictionary<string, object?> Variables(string key, string url) => new() { ["key"] = key, ["url"] = url };
}
