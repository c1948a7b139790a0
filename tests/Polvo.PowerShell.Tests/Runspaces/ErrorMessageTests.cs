using System.Management.Automation;
using System.Text.RegularExpressions;
using Polvo.PowerShell.Tests.TestSupport;

namespace Polvo.PowerShell.Tests.Runspaces;

/// <summary>Error messages as a PowerShell user reads them: no C# API names, advice that fits, the request id once.</summary>
public sealed class ErrorMessageTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>
{
    private static readonly string[] CSharpNames = ["StripeClientOptions", "SendAsync", "ListAllAsync", "(Parameter '", "Exception"];

    [Fact]
    public void UnknownPath_AdviceIsAboutThePath_NotTheId()
    {
        using var session = PolvoRunspace.Open(emulator);

        var record = Failure(session, "Invoke-PolvoStripeRequest GET /v1/no_such_resource");

        Assert.Contains("-Path", record.ErrorDetails.RecommendedAction);
        Assert.DoesNotContain("id", record.ErrorDetails.RecommendedAction.Replace("Invoke", string.Empty));
    }

    [Fact]
    public void MissingObject_AdviceIsAboutTheId_AndTheRequestIdIsPrintedOnce()
    {
        using var session = PolvoRunspace.Open(emulator);

        var record = Failure(session, "Invoke-PolvoStripeRequest GET /v1/charges/ch_missing");

        Assert.Contains("id", record.ErrorDetails.RecommendedAction);
        Assert.DoesNotContain("Get-PolvoStripeCustomer", record.ErrorDetails.RecommendedAction);
        Assert.Single(Regex.Matches(record.ToString(), "req_[A-Za-z0-9]+"));
    }

    [Fact]
    public void AllOnASingleObject_SaysToRemoveAll_NotToRunAgainLater()
    {
        using var session = PolvoRunspace.Open(emulator);
        var id = session.Invoke("(Get-PolvoStripeCustomer -First 1).Id").Objects.Single();

        var record = Failure(session, $"Invoke-PolvoStripeRequest GET /v1/customers/{id} -All");

        Assert.StartsWith("response_not_a_list,", record.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.InvalidArgument, record.CategoryInfo.Category);
        Assert.Contains("Remove -All", record.ErrorDetails.RecommendedAction);
        Assert.DoesNotContain("later", record.ErrorDetails.RecommendedAction);
    }

    [Theory]
    [InlineData("Connect-PolvoStripe -ApiKey (New-Object System.Security.SecureString)", "-ApiKey")]
    [InlineData("Connect-PolvoStripe -Credential ([pscredential]::new('stripe', (New-Object System.Security.SecureString)))", "-Credential")]
    public void EmptyKey_SaysTheKeyIsEmpty_AndNamesTheParameter(string script, string parameter)
    {
        using var session = PolvoRunspace.Open();

        var record = Failure(session, script);

        Assert.StartsWith("PolvoStripeEmptyApiKey,", record.FullyQualifiedErrorId);
        Assert.Contains("empty", record.ToString());
        Assert.Contains(parameter, record.ToString());
        Assert.DoesNotContain("Not connected", record.ToString());
    }

    [Theory]
    [InlineData("Invoke-PolvoStripeRequest GET https://api.stripe.com/v1/customers", "-Path")]
    [InlineData("Connect-PolvoStripe -ApiKey (ConvertTo-SecureString 'pk_test_123' -AsPlainText -Force)", "-ApiKey")]
    [InlineData("Connect-PolvoStripe -ApiKey (ConvertTo-SecureString 'sk_test_abc' -AsPlainText -Force) -BaseUrl http://127.0.0.1:1/ -MaxRetries 0; Get-PolvoStripeCustomer -First 1", "-BaseUrl")]
    public void Messages_NameNoCSharpApi_AndNameTheParameterToChange(string script, string parameter)
    {
        using var session = PolvoRunspace.Open(emulator);

        var record = Failure(session, script);

        var text = record.ToString() + " " + record.ErrorDetails?.RecommendedAction + " " + record.Exception.Message;
        Assert.All(CSharpNames, name => Assert.DoesNotContain(name, text));
        Assert.Contains(parameter, text);
    }

    private static ErrorRecord Failure(PolvoRunspace session, string script)
    {
        var result = session.Invoke(script);
        return result.TerminatingRecord ?? result.Errors.FirstOrDefault()
            ?? throw new InvalidOperationException($"'{script}' did not fail.");
    }
}
