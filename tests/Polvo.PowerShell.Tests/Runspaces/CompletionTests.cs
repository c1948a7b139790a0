using System.Collections;
using System.Management.Automation;
using Polvo.PowerShell.Tests.TestSupport;

namespace Polvo.PowerShell.Tests.Runspaces;

/// <summary>Issue 7, item 19: tab completion as PowerShell's TabExpansion2 computes it in a real runspace.</summary>
public sealed class CompletionTests
{
    [Theory]
    [InlineData("Get-PolvoStripeCustomer | Select-Object ", "Email")]
    [InlineData("Get-PolvoStripeCustomer | Select-Object ", "InvoiceSettings")]
    [InlineData("Get-PolvoStripeCharge | Where-Object ", "Amount")]
    [InlineData("Get-PolvoStripeCharge | Sort-Object ", "Created")]
    public void OutputType_OffersTheObjectsProperties(string input, string expected) =>
        Assert.Contains(expected, Complete(input));

    [Fact]
    public void Expand_OffersTheResourcesExpandableFields()
    {
        var customer = Complete("Get-PolvoStripeCustomer -Id cus_1 -Expand ");
        var charge = Complete("Get-PolvoStripeCharge -Id ch_1 -Expand ");
        var typed = Complete("Get-PolvoStripeCharge -Id ch_1 -Expand bal");

        Assert.Contains("default_source", customer);
        Assert.Contains("test_clock", customer);
        Assert.DoesNotContain("balance_transaction", customer);
        Assert.Contains("balance_transaction", charge);
        Assert.Contains("customer", charge);
        Assert.Equal(["balance_transaction"], typed);
    }

    [Fact]
    public void ValuesOfAParameterBoundByPropertyName_AreOfferedLikeValidateSet()
    {
        Assert.Equal(["once", "repeating", "forever"], Complete("New-PolvoStripeCoupon -Duration "));
        Assert.Equal(["repeating"], Complete("New-PolvoStripeCoupon -Duration rep"));
        Assert.Contains("requested_by_customer", Complete("Stop-PolvoStripePaymentIntent -Id pi_1 -CancellationReason "));
    }

    [Fact]
    public void InvokeRequestPath_OffersStripesPaths()
    {
        var paths = Complete("Invoke-PolvoStripeRequest GET /v1/cus");
        var noSlash = Complete("Invoke-PolvoStripeRequest -Method GET -Path v1/payment_i");

        Assert.Equal(["/v1/customers", "/v1/customers/search"], paths);
        Assert.Equal(["/v1/payment_intents", "/v1/payment_intents/search"], noSlash);
    }

    private static List<string> Complete(string input)
    {
        using var session = PolvoRunspace.Open();
        var result = session.Invoke(
            "(TabExpansion2 -inputScript $inputScript -cursorColumn $inputScript.Length).CompletionMatches.CompletionText",
            new Dictionary<string, object?> { ["inputScript"] = input });
        Assert.Empty(result.Errors);
        return result.Objects.Cast<string>().ToList();
    }
}
