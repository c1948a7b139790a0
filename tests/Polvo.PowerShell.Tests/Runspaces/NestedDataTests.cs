using System.Management.Automation;
using System.Text.Json;
using Polvo.PowerShell.Tests.TestSupport;

namespace Polvo.PowerShell.Tests.Runspaces;

/// <summary>
/// Issue 7, item 2: what a user reads of a customer or charge, in a real runspace: nested values by dot notation,
/// ConvertTo-Json in Stripe's tree, Export-Csv cells that pipe back, and no internal type or ExtensionData anywhere.
/// </summary>
public sealed class NestedDataTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>
{
    [Fact]
    public void Charge_NestedValues_ReadWithDotNotation()
    {
        using var session = PolvoRunspace.Open(emulator);

        var result = session.Invoke("""
            $charge = Get-PolvoStripeCharge -First 1
            $charge.PaymentMethodDetails.Card.Last4
            $charge.PaymentMethodDetails.card.last4
            $charge.Outcome.Type
            $charge.Source.Last4
            $charge.Customer
            $charge.Outcome.PSTypeNames[0]
            $charge.Customer.Id -eq $charge.Customer
            """);

        Assert.Empty(result.Errors);
        Assert.Equal("4242", result.Objects[0]);
        Assert.Equal("4242", result.Objects[1]);
        Assert.Equal("authorized", result.Objects[2]);
        Assert.Equal("4242", result.Objects[3]); // "source" is not modelled: an extension field, readable all the same
        Assert.StartsWith("cus_", Assert.IsType<string>(result.Objects[4]), StringComparison.Ordinal);
        Assert.Equal("Polvo.Stripe.ChargeOutcome", result.Objects[5]);
        Assert.Equal(true, result.Objects[6]); // an unexpanded reference is the id, with an Id property as when expanded
    }

    [Fact]
    public void Charge_ExpandedCustomer_IsACustomerInside()
    {
        using var session = PolvoRunspace.Open(emulator);

        var result = session.Invoke("""
            $charge = Get-PolvoStripeCharge -Id (Get-PolvoStripeCharge -First 1).Id -Expand customer
            $charge.Customer.PSTypeNames[0]
            $charge.Customer.Email
            "$($charge.Customer)" -eq $charge.Customer.Id
            ($charge | ConvertTo-Json -Depth 5 | ConvertFrom-Json).Customer.Email
            """);

        Assert.Empty(result.Errors);
        Assert.Equal("Polvo.Stripe.Customer", result.Objects[0]);
        Assert.EndsWith("@example.com", Assert.IsType<string>(result.Objects[1]), StringComparison.Ordinal);
        Assert.Equal(true, result.Objects[2]);
        Assert.Equal(result.Objects[1], result.Objects[3]);
    }

    [Fact]
    public void Charge_NoJsonElementExpandableOrOtherInternalTypeReachesPowerShell()
    {
        using var session = PolvoRunspace.Open(emulator);

        var result = session.Invoke("Get-PolvoStripeCharge -First 3; Get-PolvoStripeCustomer -First 3");

        Assert.Empty(result.Errors);
        Assert.Equal(6, result.Output.Count);
        var leaks = result.Output.SelectMany(o => TypesWithin(o, depth: 0)).Where(IsInternal).Distinct().ToList();
        Assert.True(leaks.Count == 0, "internal types reached PowerShell: " + string.Join(", ", leaks));
    }

    [Fact]
    public void Charge_ConvertToJson_GivesStripesTree()
    {
        using var session = PolvoRunspace.Open(emulator);

        var result = session.Invoke("Get-PolvoStripeCharge -First 1 | ConvertTo-Json -Depth 10");

        Assert.Empty(result.Errors);
        string json = Assert.IsType<string>(Assert.Single(result.Objects));
        Assert.DoesNotContain("ValueKind", json, StringComparison.Ordinal);
        Assert.DoesNotContain("ExtensionData", json, StringComparison.Ordinal);
        Assert.DoesNotContain("IsExpanded", json, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        Assert.Equal("4242", root.GetProperty("PaymentMethodDetails").GetProperty("Card").GetProperty("Last4").GetString());
        Assert.Equal(JsonValueKind.String, root.GetProperty("Customer").ValueKind);
        Assert.Equal(JsonValueKind.Object, root.GetProperty("Metadata").ValueKind);
        Assert.Equal(JsonValueKind.Array, root.GetProperty("Refunds").GetProperty("Data").ValueKind);
    }

    [Fact]
    public void Customer_GetMemberAndFormatListStar_HideExtensionData()
    {
        using var session = PolvoRunspace.Open(emulator);

        var result = session.Invoke("""
            $charge = Get-PolvoStripeCharge -First 1
            @(Get-Member -InputObject $charge -Name ExtensionData).Count
            @(Get-Member -InputObject $charge.Outcome -Name ExtensionData).Count
            $charge | Format-List * | Out-String -Width 200
            """);

        Assert.Empty(result.Errors);
        Assert.Equal(0, result.Objects[0]);
        Assert.Equal(0, result.Objects[1]);
        string list = Assert.IsType<string>(result.Objects[2]);
        Assert.DoesNotContain("ExtensionData", list, StringComparison.Ordinal);
        Assert.DoesNotContain("System.Collections.Generic", list, StringComparison.Ordinal);
        Assert.Contains("PaymentMethodDetails", list, StringComparison.Ordinal);
    }

    [Fact]
    public void Customer_ExportCsv_MetadataAsPairsNestedAsJson_AndTheRowCreatesTheSameCustomer()
    {
        using var session = PolvoRunspace.Open(emulator);
        string csv = Path.Combine(Path.GetTempPath(), $"polvo-{Guid.NewGuid():N}.csv");
        try
        {
            var result = session.Invoke("""
                $made = New-PolvoStripeCustomer -Email 'csv@example.com' -Name 'Csv Row' -Metadata @{ tier = 'gold'; note = 'a;b=c\d' }
                Get-PolvoStripeCustomer -Id $made.Id | Export-Csv -Path $csv
                $row = Import-Csv -Path $csv
                $row.Metadata
                $row.InvoiceSettings
                $row.PreferredLocales
                $copy = $row | New-PolvoStripeCustomer
                $copy.Metadata.tier
                $copy.Metadata.note
                $copy.Email
                """,
                new Dictionary<string, object?> { ["csv"] = csv });

            Assert.Empty(result.Errors);
            Assert.Null(result.Terminating);
            string metadata = Assert.IsType<string>(result.Objects[0]);
            Assert.Contains("tier=gold", metadata, StringComparison.Ordinal);
            Assert.Contains(@"note=a\;b\=c\\d", metadata, StringComparison.Ordinal);
            using (var settings = JsonDocument.Parse(Assert.IsType<string>(result.Objects[1])))
            {
                // Compact JSON of the nested object (null fields are left out, as the models write them).
                Assert.Equal(JsonValueKind.Object, settings.RootElement.ValueKind);
            }

            Assert.Equal("[]", result.Objects[2]);
            Assert.Equal("gold", result.Objects[3]);
            Assert.Equal(@"a;b=c\d", result.Objects[4]);
            Assert.Equal("csv@example.com", result.Objects[5]);
        }
        finally
        {
            File.Delete(csv);
        }
    }

    private static bool IsInternal(Type type) =>
        type.Namespace is "System.Text.Json" || (type.Namespace?.StartsWith("Polvo.Stripe", StringComparison.Ordinal) ?? false)
        || (type.IsGenericType && type.GetGenericArguments().Any(IsInternal));

    private static IEnumerable<Type> TypesWithin(object? value, int depth)
    {
        if (value is null || depth > 12)
        {
            yield break;
        }

        object baseObject = value is PSObject ps ? ps.BaseObject : value;
        yield return baseObject.GetType();
        if (baseObject is string || baseObject.GetType().IsValueType)
        {
            yield break; // a value's own members (DateTimeOffset.Date, ...) are not Polvo's output
        }

        if (baseObject is System.Collections.IEnumerable items and not System.Collections.IDictionary)
        {
            foreach (object? item in items)
            {
                foreach (var type in TypesWithin(item, depth + 1))
                {
                    yield return type;
                }
            }

            yield break;
        }

        foreach (var property in PSObject.AsPSObject(value).Properties)
        {
            object? inner;
            try
            {
                inner = property.Value;
            }
            catch (GetValueException)
            {
                continue;
            }

            foreach (var type in TypesWithin(inner, depth + 1))
            {
                yield return type;
            }
        }
    }
}
