using Polvo.PowerShell.Tests.TestSupport;

namespace Polvo.PowerShell.Tests.Runspaces;

/// <summary>Invoke-PolvoStripeRequest -Body as a user writes it: nested values of every PowerShell shape reach Stripe intact.</summary>
public sealed class InvokeRequestBodyTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>
{
    [Fact]
    public void Post_PSCustomObjectAndConvertFromJsonValues_AreSentAsNestedParameters()
    {
        using var session = PolvoRunspace.Open(emulator);

        var result = session.Invoke("""
            $address = '{"line1":"1 Main St","city":"Springfield","postal_code":"12345"}' | ConvertFrom-Json
            Invoke-PolvoStripeRequest POST /v1/customers -Body @{
                email = 'body-pscustomobject@example.com'
                metadata = [pscustomobject]@{ a = '1'; b = 2 }
                address = $address
            }
            """);

        Assert.Null(result.Terminating);
        Assert.Empty(result.Errors);
        var customer = Assert.Single(result.Output);
        var metadata = Assert.IsAssignableFrom<IDictionary<string, string>>(customer.Properties["Metadata"].Value);
        Assert.Equal("1", metadata["a"]);
        Assert.Equal("2", metadata["b"]);
        var address = (System.Management.Automation.PSObject)customer.Properties["Address"].Value;
        Assert.Equal("1 Main St", address.Properties["Line1"].Value);
        Assert.Equal("12345", address.Properties["PostalCode"].Value);
    }

    [Fact]
    public void Get_OrderedDictionariesArraysSwitchesAndBooleans_AreEncodedAtAnyDepth()
    {
        using var session = PolvoRunspace.Open(emulator);
        emulator.Emulator.Requests.Clear();

        session.Invoke("""
            $created = [ordered]@{ gte = 1600000000; lt = [pscustomobject]@{ deep = [pscustomobject]@{ deeper = 'x' } } }
            Invoke-PolvoStripeRequest GET /v1/customers -Body ([ordered]@{
                limit = 1
                created = $created
                expand = @('data.default_source', [pscustomobject]@{ k = 'v' })
                flag = [switch]$true
                off = $false
            }) -ErrorAction SilentlyContinue
            """);

        var query = Assert.Single(emulator.Queries("GET", "/v1/customers"));
        Assert.Contains("created[gte]=1600000000", query);
        Assert.Contains("created[lt][deep][deeper]=x", query);
        Assert.Contains("expand[0]=data.default_source", query);
        Assert.Contains("expand[1][k]=v", query);
        Assert.Contains("flag=true", query);
        Assert.Contains("off=false", query);
        Assert.DoesNotContain("=&", query + "&");
    }

    [Theory]
    [InlineData("@{ metadata = @{ a = { 'script' } } }", "metadata[a]")]
    [InlineData("@{ items = @(@{ price = 'p' }, @{ price = [System.IO.MemoryStream]::new() }) }", "items[1][price]")]
    [InlineData("@{ customer = (Get-PolvoStripeCustomer -First 1) }", "customer")]
    public void Post_ValueThatCannotBeEncoded_IsOneErrorNamingItsKeyAndNothingIsSent(string body, string key)
    {
        using var session = PolvoRunspace.Open(emulator);
        emulator.Emulator.Requests.Clear();

        var result = session.Invoke($"Invoke-PolvoStripeRequest POST /v1/customers -Body {body}");

        var record = Assert.Single(result.Errors);
        Assert.StartsWith("InvalidArgument,", record.FullyQualifiedErrorId);
        Assert.Contains($"'{key}'", record.ToString());
        Assert.Contains("-Body", record.ToString());
        Assert.DoesNotContain("(Parameter", record.ToString() + record.Exception.Message);
        Assert.Empty(emulator.Queries("POST", "/v1/customers"));
    }
}
