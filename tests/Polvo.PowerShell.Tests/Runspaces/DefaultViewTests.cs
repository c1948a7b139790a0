using Polvo.PowerShell.Tests.TestSupport;

namespace Polvo.PowerShell.Tests.Runspaces;

/// <summary>Issue 7, item 11: the default table views at 80 and 120 columns, formatted by a real runspace.</summary>
public sealed class DefaultViewTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>
{
    public static TheoryData<string, string[], int> Views => new()
    {
        { "Get-PolvoStripeCustomer -First 3", ["Id", "Email", "Name", "Created"], 80 },
        { "Get-PolvoStripeCustomer -First 3", ["Id", "Email", "Name", "Created"], 120 },
        // An 80-column console leaves 79 to a table (the last column is never written).
        { "Get-PolvoStripeCustomer -First 3", ["Id", "Email", "Name", "Created"], 79 },
        { "Get-PolvoStripeCharge -First 3", ["Id", "Amount", "Currency", "Status", "Created"], 79 },
        { "Get-PolvoStripeCharge -First 3", ["Id", "Amount", "Currency", "Status", "Created"], 80 },
        { "Get-PolvoStripeCharge -First 3", ["Id", "Amount", "Currency", "Status", "Created"], 120 },
        { "Get-PolvoStripeConnection", ["Mode", "RedactedKey", "Fingerprint", "BaseUrl", "Account"], 80 },
        { "Get-PolvoStripeConnection", ["Mode", "RedactedKey", "Fingerprint", "BaseUrl", "Account"], 120 },
        // Generated views, in the 79 columns an 80-column console gives a table: ids whole (a subscription's is 28
        // characters, a Checkout session's 66), the Created time whole.
        { "$p = New-PolvoStripeProduct -Name Seats; $pr = New-PolvoStripePrice -Product $p.Id -Currency usd -UnitAmount 900 -Body @{ recurring = @{ interval = 'month' } }; $null = New-PolvoStripeSubscription -Customer (Get-PolvoStripeCustomer -First 1).Id -Body @{ items = @(@{ price = $pr.Id }) }; Get-PolvoStripeSubscription -First 3", ["Id", "Customer", "Status", "Created"], 79 },
        { "$null = New-PolvoStripeTaxRate -DisplayName VAT -Percentage 19.5 -Inclusive:$false; Get-PolvoStripeTaxRate -First 3", ["Id", "DisplayName", "Percentage", "Inclusive", "Created"], 79 },
        { "$null = New-PolvoStripePaymentIntent -Amount 1000 -Currency usd; Get-PolvoStripePaymentIntent -First 3", ["Id", "Status", "Amount", "Created"], 79 },
        { "$p = New-PolvoStripeProduct -Name Tee; $pr = New-PolvoStripePrice -Product $p.Id -Currency usd -UnitAmount 700; $null = New-PolvoStripeCheckoutSession -SuccessUrl https://example.com/ok -CancelUrl https://example.com/back -Mode payment -Body @{ line_items = @(@{ price = $pr.Id; quantity = 1 }); payment_method_types = @('card') }; Get-PolvoStripeCheckoutSession -First 3", ["Status", "Id"], 79 },
    };

    [Theory]
    [MemberData(nameof(Views))]
    public void DefaultTable_ShowsEveryColumnOnOneHeaderLine_WithValuesWhole(string command, string[] columns, int width)
    {
        using var session = PolvoRunspace.Open(emulator);

        var result = session.Invoke(
            $"$items = @({command}); $items | Out-String -Width {width}; foreach ($i in $items) {{ foreach ($c in $columns) {{ if ($c -notin 'Id', 'Status', 'RedactedKey', 'BaseUrl') {{ continue }}; $v = $i.$c; if ($v -is [string]) {{ $v }} }} }}",
            new Dictionary<string, object?> { ["columns"] = columns });

        Assert.Empty(result.Errors);
        string table = Assert.IsType<string>(result.Objects[0]);
        var lines = table.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Trim().Length > 0).ToList();
        string header = lines[0];
        Assert.Equal(columns, header.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.All(lines, l => Assert.True(l.Length <= width, $"'{l}' is wider than {width}"));
        Assert.Matches("^-+( +-+)+$", lines[1].Trim());
        if (columns[^1] == "Created")
        {
            // The time is whole on every row ('yyyy-MM-dd HH:mm' at the end, not cut to '08:…').
            Assert.All(lines.Skip(2), l => Assert.Matches(@"\d{4}-\d\d-\d\d \d\d:\d\d$", l));
        }

        var shown = result.Objects.Skip(1).Cast<string>().ToList();
        Assert.NotEmpty(shown);
        Assert.All(shown, value => Assert.Contains(value, table, StringComparison.Ordinal)); // ids, statuses, keys and URLs are never cut short (names and emails may be, when long)
    }
}
