using System.Management.Automation;
using Polvo.Emulator;
using Polvo.PowerShell.Tests.TestSupport;

namespace Polvo.PowerShell.Tests.Runspaces;

/// <summary>
/// New-, Set- and Remove- in a real runspace against the emulator, checked by what the emulator received: the form
/// body of each request, how many requests, and with which idempotency keys.
/// </summary>
public sealed class WriteCmdletTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>
{
    private const string NewCustomer = "(New-PolvoStripeCustomer -Email $email -Name 'Old Name' -Description 'old' -Phone '+15550100' -Metadata @{ keep = 'me' }).Id";

    // Issue 7.1: a Stripe object piped into Set- supplies its id only.
    [Fact]
    public void SetCustomer_PipedCustomer_SendsOnlyTheFieldsOnTheCommandLine()
    {
        using var session = PolvoRunspace.Open(emulator);
        string id = CreateCustomer(session);
        emulator.Emulator.Requests.Clear();

        var result = session.Invoke("Get-PolvoStripeCustomer -Id $id | Set-PolvoStripeCustomer -Description 'new'", Vars(("id", id)));

        Assert.Empty(result.Errors);
        Assert.Null(result.Terminating);
        Assert.Equal([("description", "new")], FormOf("POST", $"/v1/customers/{id}"));
    }

    [Fact]
    public void SetCustomer_SelectedPropertiesOfACustomer_AreSentOnPurpose()
    {
        using var session = PolvoRunspace.Open(emulator);
        string id = CreateCustomer(session);
        emulator.Emulator.Requests.Clear();

        var result = session.Invoke("Get-PolvoStripeCustomer -Id $id | Select-Object Id, Description | Set-PolvoStripeCustomer", Vars(("id", id)));

        Assert.Empty(result.Errors);
        Assert.Equal([("description", "old")], FormOf("POST", $"/v1/customers/{id}"));
    }

    [Fact]
    public void SetCharge_PipedCharge_SendsOnlyTheMetadataNeverTheReceiptEmail()
    {
        using var session = PolvoRunspace.Open(emulator);
        string id = (string)session.Invoke("(Get-PolvoStripeCharge -First 1).Id").ThrowOnError().Objects.Single();
        session.Invoke("Set-PolvoStripeCharge $id -ReceiptEmail 'buyer@example.com' -Description 'before'", Vars(("id", id))).ThrowOnError();
        emulator.Emulator.Requests.Clear();

        var result = session.Invoke("Get-PolvoStripeCharge -Id $id | Set-PolvoStripeCharge -Metadata @{ order = 'A' }", Vars(("id", id)));

        Assert.Empty(result.Errors);
        Assert.Equal([("metadata[order]", "A")], FormOf("POST", $"/v1/charges/{id}"));
    }

    [Fact]
    public void SetCustomer_CsvRows_StillBindTheirColumns()
    {
        using var session = PolvoRunspace.Open(emulator);
        string first = CreateCustomer(session), second = CreateCustomer(session);
        string csv = Path.Combine(Path.GetTempPath(), $"polvo-set-{Guid.NewGuid():N}.csv");
        File.WriteAllLines(csv, ["Id,Description", $"{first},from csv 1", $"{second},from csv 2"]);
        emulator.Emulator.Requests.Clear();
        try
        {
            var result = session.Invoke("Import-Csv $csv | Set-PolvoStripeCustomer", Vars(("csv", csv)));

            Assert.Empty(result.Errors);
            Assert.Equal([("description", "from csv 1")], FormOf("POST", $"/v1/customers/{first}"));
            Assert.Equal([("description", "from csv 2")], FormOf("POST", $"/v1/customers/{second}"));
        }
        finally
        {
            File.Delete(csv);
        }
    }

    // Issue 7.7: ids as strings, positional arrays, piped by value and by property name.
    [Fact]
    public void RemoveCustomer_IdsPipedByValuePositionalAndByPropertyName_DeletesEach()
    {
        using var session = PolvoRunspace.Open(emulator);
        string[] ids = Enumerable.Range(0, 5).Select(_ => CreateCustomer(session)).ToArray();
        emulator.Emulator.Requests.Clear();

        var result = session.Invoke(
            """
            $ids[0] | Remove-PolvoStripeCustomer -Force
            Remove-PolvoStripeCustomer $ids[1], $ids[2] -Force
            [pscustomobject]@{ CustomerId = $ids[3] } | Remove-PolvoStripeCustomer -Force
            Get-PolvoStripeCustomer -Id $ids[4] | Remove-PolvoStripeCustomer -Force
            """,
            Vars(("ids", ids)));

        Assert.Empty(result.Errors);
        Assert.Null(result.Terminating);
        Assert.All(ids, id => Assert.Equal(1, emulator.Emulator.Requests.Count("DELETE", $"/v1/customers/{id}")));
    }

    [Fact]
    public void SetCustomer_IdsPipedByValueAndPositional_UpdatesEach()
    {
        using var session = PolvoRunspace.Open(emulator);
        string[] ids = Enumerable.Range(0, 4).Select(_ => CreateCustomer(session)).ToArray();
        emulator.Emulator.Requests.Clear();

        var result = session.Invoke(
            "$ids[0], $ids[1] | Set-PolvoStripeCustomer -Description 'piped'; Set-PolvoStripeCustomer $ids[2], $ids[3] -Description 'positional'",
            Vars(("ids", ids)));

        Assert.Empty(result.Errors);
        Assert.Equal([("description", "piped")], FormOf("POST", $"/v1/customers/{ids[1]}"));
        Assert.Equal([("description", "positional")], FormOf("POST", $"/v1/customers/{ids[3]}"));
    }

    // Issue 7.17: Set- and Remove- write output only with -PassThru.
    [Fact]
    public void SetAndRemove_WithoutPassThru_WriteNothing_WithPassThru_WriteTheObjects()
    {
        using var session = PolvoRunspace.Open(emulator);
        string[] ids = Enumerable.Range(0, 2).Select(_ => CreateCustomer(session)).ToArray();

        var quiet = session.Invoke("Set-PolvoStripeCustomer $ids -Description q; Remove-PolvoStripeCustomer $ids[0] -Force", Vars(("ids", ids)));
        var loud = session.Invoke("Set-PolvoStripeCustomer $ids[1] -Description l -PassThru; Remove-PolvoStripeCustomer $ids[1] -Force -PassThru", Vars(("ids", ids)));

        Assert.Empty(quiet.Errors);
        Assert.Empty(quiet.Output);
        Assert.Empty(loud.Errors);
        Assert.Equal(2, loud.Output.Count);
        Assert.Equal("Polvo.Stripe.Customer", loud.Output[0].TypeNames[0]);
        Assert.Equal("l", loud.Output[0].Properties["Description"].Value);
        Assert.Contains("Polvo.Stripe.DeletedObject", loud.Output[1].TypeNames);
    }

    [Fact]
    public void BulkWrite_LongerThanASecond_ShowsProgressWithCountAndRate()
    {
        using var session = PolvoRunspace.Open(emulator);
        string[] ids = Enumerable.Range(0, 12).Select(_ => CreateCustomer(session)).ToArray();
        emulator.Emulator.Faults.LatencyMs = 150;
        try
        {
            var result = session.Invoke("$ids | Set-PolvoStripeCustomer -Description bulk -ThrottleLimit 1", Vars(("ids", ids)));

            Assert.Empty(result.Errors);
            var updates = result.Progress.Where(p => p.RecordType == ProgressRecordType.Processing).ToList();
            Assert.NotEmpty(updates);
            Assert.All(updates, p => Assert.Matches(@"^\d+ items, [\d.]+/s$", p.StatusDescription));
            Assert.Equal("Updating Stripe customers", updates[0].Activity);
            var done = Assert.Single(result.Progress, p => p.RecordType == ProgressRecordType.Completed);
            Assert.StartsWith("Done: 12 items", done.StatusDescription, StringComparison.Ordinal);
        }
        finally
        {
            emulator.Emulator.Faults.Clear();
        }
    }

    // Issue 7.16: failures that concern the whole command end it once.
    [Fact]
    public void RejectedKey_TenPipedIds_OneRequestAndOneTerminatingError()
    {
        using var session = PolvoRunspace.Open(emulator.Emulator.BaseUrl, key: "sk_test_not-a-valid-key");
        emulator.Emulator.Requests.Clear();
        string[] ids = Enumerable.Range(0, 10).Select(i => $"cus_Nobody{i}").ToArray();

        var result = session.Invoke("$ids | Set-PolvoStripeCustomer -Description x -ThrottleLimit 1", Vars(("ids", ids)));

        Assert.Equal(ErrorCategory.AuthenticationError, Assert.Single(result.Errors).CategoryInfo.Category);
        Assert.Equal(1, emulator.Emulator.Requests.Total);
    }

    [Fact]
    public void ReadOnlyKey_Remove_OneTerminatingPermissionError()
    {
        using var session = PolvoRunspace.Open(emulator.Emulator.BaseUrl, key: "rk_test_ReadOnlyWrites1");
        emulator.Emulator.Requests.Clear();

        var result = session.Invoke("Remove-PolvoStripeCustomer cus_A1, cus_A2, cus_A3, cus_A4 -Force -ThrottleLimit 1");

        Assert.Equal(ErrorCategory.PermissionDenied, Assert.Single(result.Errors).CategoryInfo.Category);
        Assert.Equal(1, emulator.Emulator.Requests.Total);
    }

    [Fact]
    public void DeadEndpoint_PipedIds_OneTerminatingConnectionError()
    {
        using var session = PolvoRunspace.Open();
        session.Invoke(
            "Connect-PolvoStripe -ApiKey (ConvertTo-SecureString $key -AsPlainText -Force) -BaseUrl 'http://127.0.0.1:9/' -MaxRetries 0",
            Vars(("key", EmulatorFixture.Key))).ThrowOnError();

        var result = session.Invoke("'cus_1', 'cus_2', 'cus_3', 'cus_4', 'cus_5', 'cus_6' | Set-PolvoStripeCustomer -Description x; 'next statement'");

        // One statement-terminating error: the script goes on with its next statement, as after any cmdlet's.
        Assert.Equal(ErrorCategory.ConnectionError, Assert.Single(result.Errors).CategoryInfo.Category);
        Assert.Equal(["next statement"], result.Objects);
    }

    [Fact]
    public void DeadEndpoint_IdsPipedIntoGet_OneErrorNotOnePerId()
    {
        using var session = PolvoRunspace.Open();
        session.Invoke(
            "Connect-PolvoStripe -ApiKey (ConvertTo-SecureString $key -AsPlainText -Force) -BaseUrl 'http://127.0.0.1:9/' -MaxRetries 0",
            Vars(("key", EmulatorFixture.Key))).ThrowOnError();

        var result = session.Invoke("1..20 | ForEach-Object { \"cus_$_\" } | Get-PolvoStripeCustomer");

        Assert.Equal(ErrorCategory.ConnectionError, Assert.Single(result.Errors).CategoryInfo.Category);
    }

    [Fact]
    public void ChargePipedIntoSetCustomer_RefusedBeforeAnyRequest()
    {
        using var session = PolvoRunspace.Open(emulator);
        string charge = (string)session.Invoke("(Get-PolvoStripeCharge -First 1).Id").ThrowOnError().Objects.Single();
        emulator.Emulator.Requests.Clear();

        var result = session.Invoke("Get-PolvoStripeCharge -Id $charge | Set-PolvoStripeCustomer -Description x", Vars(("charge", charge)));

        var error = Assert.Single(result.Errors);
        // Refused at parameter binding (PowerShell's own validation category), naming the charge id it will not send.
        Assert.Equal(ErrorCategory.InvalidData, error.CategoryInfo.Category);
        Assert.Contains(charge, error.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, emulator.Emulator.Requests.Count("POST", $"/v1/customers/{charge}"));
    }

    [Fact]
    public void Help_DocumentsPassThruShippingAndTheReRunOfFailures()
    {
        using var session = PolvoRunspace.Open();

        var result = session.Invoke(
            """
            (Get-Help Set-PolvoStripeCustomer -Parameter PassThru).description.Text
            (Get-Help Set-PolvoStripeCharge -Parameter Shipping).description.Text
            (Get-Help New-PolvoStripeCustomer -Parameter IdempotencyKey).pipelineInput
            (Get-Help New-PolvoStripeCustomer -Examples | Out-String -Width 200)
            (Get-Help Remove-PolvoStripeCustomer -Parameter Id).type.name
            """);

        Assert.Empty(result.Errors);
        var texts = result.Objects.Select(o => o.ToString()!).ToList();
        Assert.Contains("Without it the command writes nothing", texts[0], StringComparison.Ordinal);
        Assert.Contains("Name and Address are required", texts[1], StringComparison.Ordinal);
        Assert.StartsWith("True (ByPropertyName)", texts[2], StringComparison.Ordinal);
        Assert.Contains("$failed.TargetObject | New-PolvoStripeCustomer", texts[3], StringComparison.Ordinal);
        Assert.Equal("String[]", texts[4]);
    }

    // Issue 7.18: under -ErrorAction Stop no request starts after the failure; those in flight finish and are reported.
    [Fact]
    public void ErrorActionStop_FirstRowFails_NoNewRequestAndEveryUpdateSentIsReported()
    {
        using var session = PolvoRunspace.Open(emulator);
        string[] ids = Enumerable.Range(0, 12).Select(_ => CreateCustomer(session)).ToArray();
        emulator.Emulator.Requests.Clear();
        emulator.Emulator.Faults.LatencyMs = 300;
        var reported = new List<object>();
        try
        {
            var result = session.Invoke(
                """
                $rows = @([pscustomobject]@{ Id = ' '; Description = 'bad row' }) + @($ids | ForEach-Object { [pscustomobject]@{ Id = $_; Description = 'stop test' } })
                $rows | Set-PolvoStripeCustomer -ErrorAction Stop -ThrottleLimit 5 -PassThru | ForEach-Object { $reported.Add($_.Id) }
                """,
                Vars(("ids", ids), ("reported", reported)));

            Assert.Contains("-Id", result.Terminating?.Message, StringComparison.Ordinal);
            var sent = emulator.Emulator.Requests.Snapshot().Where(r => r.Method == "POST").Select(r => r.Path["/v1/customers/".Length..]).ToList();
            Assert.InRange(sent.Count, 0, 4);
            Assert.Equal(sent.Order(), reported.Cast<string>().Order());
        }
        finally
        {
            emulator.Emulator.Faults.Clear();
        }
    }

    // Issue 11: each failed create carries its idempotency key; a re-run of the failures reuses them.
    [Fact]
    public void NewCustomer_CreatesCommittedButAnswersLost_ReRunOfTheFailuresCreatesNothingTwice()
    {
        using var session = PolvoRunspace.Open(emulator);
        session.Invoke(
            "Connect-PolvoStripe -ApiKey (ConvertTo-SecureString $key -AsPlainText -Force) -BaseUrl $url -MaxRetries 0 -RequestsPerSecond 100000",
            Vars(("key", EmulatorFixture.Key), ("url", emulator.Emulator.BaseUrl.ToString()))).ThrowOnError();
        string run = Guid.NewGuid().ToString("N")[..10];
        int before = emulator.Emulator.CustomerCount;
        emulator.Emulator.Faults.ResetAfterCommitRate = 1;
        RunResult first;
        try
        {
            first = session.Invoke(
                "1..4 | ForEach-Object { [pscustomobject]@{ Email = \"rerun$_-$run@example.com\"; Name = \"Re Run $_\"; Metadata = 'batch=' + $run } } | New-PolvoStripeCustomer -ErrorVariable failed; $failed",
                Vars(("run", run)));
        }
        finally
        {
            emulator.Emulator.Faults.Clear();
        }

        var failed = first.Errors;
        Assert.Equal(4, failed.Count);
        Assert.Equal(before + 4, emulator.Emulator.CustomerCount); // each create was carried out; only its answer was lost
        var keys = failed.Select(e => (string)PSObject.AsPSObject(e).Properties["IdempotencyKey"].Value).ToList();
        Assert.All(keys, k => Assert.False(string.IsNullOrEmpty(k)));
        Assert.Equal(4, keys.Distinct().Count());

        var rerun = session.Invoke("$failed.TargetObject | New-PolvoStripeCustomer");

        Assert.Empty(rerun.Errors);
        Assert.Equal(4, rerun.Output.Count);
        Assert.Equal(before + 4, emulator.Emulator.CustomerCount);
        var rerunKeys = emulator.Emulator.Requests.Snapshot().Where(r => r.Method == "POST" && r.Path == "/v1/customers").TakeLast(4).Select(r => r.IdempotencyKey);
        Assert.Equal(keys.Order(), rerunKeys.Order());
    }

    // Issue 7.4: customer shipping has only name, phone and address; name and address are required.
    [Theory]
    [InlineData("New-PolvoStripeCustomer -Email s@example.com -Shipping @{ Name = 'Jo'; Carrier = 'UPS'; Address = @{ Line1 = '1 Main St' } }", "Carrier")]
    [InlineData("New-PolvoStripeCustomer -Email s@example.com -Shipping @{ Name = 'Jo'; tracking_number = '1Z'; Address = @{ Line1 = '1 Main St' } }", "tracking_number")]
    [InlineData("New-PolvoStripeCustomer -Email s@example.com -Shipping @{ Address = @{ Line1 = '1 Main St' } }", "Name and Address")]
    [InlineData("Set-PolvoStripeCustomer cus_Any -Shipping @{ Name = 'Jo' }", "Name and Address")]
    [InlineData("Set-PolvoStripeCharge ch_Any -Shipping @{ Name = 'Jo'; Carrier = 'UPS' }", "Name and Address")]
    public void Shipping_WrongFields_ClientSideErrorNamingShippingAndNoRequest(string script, string named)
    {
        using var session = PolvoRunspace.Open(emulator);
        emulator.Emulator.Requests.Clear();

        var result = session.Invoke(script);

        var error = Assert.Single(result.Errors);
        Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
        Assert.Contains("-Shipping", error.ToString(), StringComparison.Ordinal);
        Assert.Contains(named, error.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, emulator.Emulator.Requests.Total);
    }

    [Fact]
    public void Shipping_CustomerAndCharge_SendStripesNestedFields()
    {
        using var session = PolvoRunspace.Open(emulator);
        string id = CreateCustomer(session);
        string charge = (string)session.Invoke("(Get-PolvoStripeCharge -First 1).Id").ThrowOnError().Objects.Single();
        emulator.Emulator.Requests.Clear();

        var result = session.Invoke(
            """
            Set-PolvoStripeCustomer $id -Shipping @{ Name = 'Jo'; Phone = '+351'; Address = @{ Line1 = '1 Rua'; PostalCode = '1100'; Country = 'PT' } }
            Set-PolvoStripeCharge $charge -Shipping @{ Name = 'Jo'; Carrier = 'UPS'; TrackingNumber = '1Z9'; Address = @{ Line1 = '1 Rua' } }
            """,
            Vars(("id", id), ("charge", charge)));

        Assert.Empty(result.Errors);
        Assert.Equal(
            [("shipping[address][country]", "PT"), ("shipping[address][line1]", "1 Rua"), ("shipping[address][postal_code]", "1100"), ("shipping[name]", "Jo"), ("shipping[phone]", "+351")],
            FormOf("POST", $"/v1/customers/{id}").Order());
        Assert.Equal(
            [("shipping[address][line1]", "1 Rua"), ("shipping[carrier]", "UPS"), ("shipping[name]", "Jo"), ("shipping[tracking_number]", "1Z9")],
            FormOf("POST", $"/v1/charges/{charge}").Order());
    }

    [Fact]
    public void NewCustomer_PipedCustomerWithShipping_CopiesItsShippingFields()
    {
        using var session = PolvoRunspace.Open(emulator);
        string id = CreateCustomer(session);
        session.Invoke("Set-PolvoStripeCustomer $id -Shipping @{ Name = 'Jo'; Address = @{ Line1 = '1 Rua'; Country = 'PT' } }", Vars(("id", id))).ThrowOnError();
        emulator.Emulator.Requests.Clear();

        var result = session.Invoke("Get-PolvoStripeCustomer -Id $id | Select-Object Email, Shipping | New-PolvoStripeCustomer", Vars(("id", id)));

        Assert.Empty(result.Errors);
        var form = Assert.Single(emulator.Emulator.Requests.Snapshot(), r => r.Method == "POST" && r.Path == "/v1/customers").Form;
        Assert.Contains(new KeyValuePair<string, string>("shipping[name]", "Jo"), form);
        Assert.Contains(new KeyValuePair<string, string>("shipping[address][line1]", "1 Rua"), form);
        Assert.DoesNotContain(form, p => p.Key.Contains("carrier", StringComparison.Ordinal));
    }

    private static Dictionary<string, object?> Vars(params (string Name, object? Value)[] variables) =>
        variables.ToDictionary(v => v.Name, v => v.Value);

    private static string CreateCustomer(PolvoRunspace session) =>
        (string)session.Invoke(NewCustomer, Vars(("email", $"w{Guid.NewGuid():N}@example.com"))).ThrowOnError().Objects.Single();

    private IReadOnlyList<(string Name, string Value)> FormOf(string method, string path) =>
        Assert.Single(emulator.Emulator.Requests.Snapshot(), r => r.Method == method && r.Path == path).Form.Select(p => (p.Key, p.Value)).ToList();
}
