using System.Text.Json;
using Polvo.PowerShell.Errors;
using Polvo.PowerShell.Progress;
using Polvo.PowerShell.Stripe.Output;
using Polvo.PowerShell.Stripe.Raw;
using Polvo.PowerShell.Tests.TestSupport;
using Polvo.Stripe.Entities;

namespace Polvo.PowerShell.Tests.Stripe.Raw;

public class InvokeRequestOperationTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private static readonly InvokeRequestOperation Operation = new();

    private RecordingOutput Invoke(InvokeRequestRequest request)
    {
        fixture.Emulator.Requests.Clear();
        return BridgeRun.Run(bridge => bridge.Start((writer, ct) => Operation.RunAsync(request, writer, ct)));
    }

    [Fact]
    public void RunAsync_GetAll_StreamsEveryItemOfEveryPageAsCustomers()
    {
        var connection = fixture.Connect();

        var output = Invoke(new InvokeRequestRequest { Connection = connection, Method = "get", Path = "/v1/customers", Body = new Dictionary<string, object?> { ["limit"] = 10 }, All = true });

        var items = output.Objects.Cast<StripeOutput>().ToList();
        Assert.True(items.Count >= EmulatorFixture.SeededCustomers);
        Assert.All(items, i => Assert.Equal("Polvo.Stripe.Customer", i.TypeName));
        Assert.All(items, i => Assert.StartsWith("cus_", Assert.IsType<Customer>(i.Value).Id, StringComparison.Ordinal));
        Assert.Equal((items.Count + 9) / 10, fixture.Emulator.Requests.Count("GET", "/v1/customers"));
    }

    [Fact]
    public void RunAsync_AllAndPipelineStopsAtTheFifthItem_RequestsNoPageAfterTheOneHoldingIt()
    {
        var connection = fixture.Connect();
        var output = new RecordingOutput { BeforeWriteObject = n => { if (n == 5) throw new PipelineStopped(); } };
        fixture.Emulator.Requests.Clear();

        Assert.Throws<PipelineStopped>(() => BridgeRun.Run(
            bridge => bridge.Start((writer, ct) => Operation.RunAsync(new InvokeRequestRequest { Connection = connection, Method = "GET", Path = "/v1/customers", Body = new Dictionary<string, object?> { ["limit"] = 3 }, All = true }, writer, ct)),
            output: output));

        Assert.Equal(4, output.Objects.Count);
        Assert.Equal(2, fixture.Emulator.Requests.Count("GET", "/v1/customers"));
        Assert.Empty(output.Errors);
    }

    [Fact]
    public void RunAsync_AllOverSeveralPages_ReportsProgressAndCompletesIt()
    {
        var connection = fixture.Connect();

        var output = Invoke(new InvokeRequestRequest { Connection = connection, Method = "GET", Path = "/v1/customers", Body = new Dictionary<string, object?> { ["limit"] = 10 }, All = true });

        var progress = output.Calls.Where(c => c.Stream == "Progress").Select(c => (PolvoProgress)c.Payload!).ToList();
        Assert.NotEmpty(progress);
        Assert.True(progress[^1].Completed);
    }

    [Fact]
    public void RunAsync_PostWithNestedBody_CreatesAndWritesTheResponse()
    {
        var connection = fixture.Connect();
        var body = new Dictionary<string, object?> { ["email"] = "raw@example.com", ["metadata"] = new Dictionary<string, object?> { ["via"] = "invoke" } };

        var output = Invoke(new InvokeRequestRequest { Connection = connection, Method = "POST", Path = "v1/customers", Body = body });

        var written = Assert.IsType<StripeOutput>(Assert.Single(output.Objects));
        Assert.Equal("Polvo.Stripe.Customer", written.TypeName);
        var customer = Assert.IsType<Customer>(written.Value);
        Assert.Equal("raw@example.com", customer.Email);
        Assert.Equal("invoke", customer.Metadata!["via"]);
        Assert.NotEqual(default, customer.Created);
    }

    [Fact]
    public void RunAsync_AllWithPost_EndsWithAnErrorNamingAll()
    {
        var connection = fixture.Connect();

        var error = Assert.Throws<PolvoTerminatingException>(() => Invoke(new InvokeRequestRequest { Connection = connection, Method = "POST", Path = "/v1/customers", All = true })).Error;

        Assert.Equal(PolvoErrorCategory.InvalidArgument, error.Category);
        Assert.Contains("-All", error.Message);
        Assert.Equal(0, fixture.Emulator.Requests.Total);
    }

    [Fact]
    public void RunAsync_UnknownPath_ErrorCarriesStripeCodeAndRequestId()
    {
        var connection = fixture.Connect();

        var error = Assert.Throws<PolvoTerminatingException>(() => Invoke(new InvokeRequestRequest { Connection = connection, Method = "GET", Path = "/v1/customers/cus_Nope" })).Error;

        Assert.Equal("resource_missing", error.ErrorId);
        Assert.StartsWith("req_", error.RequestId);
    }

    [Fact]
    public void ParseMethod_Unsupported_ErrorNamesMethod()
    {
        Assert.Equal(HttpMethod.Delete, InvokeRequestOperation.ParseMethod("delete"));
        Assert.Equal("Method", Assert.Throws<ArgumentException>(() => InvokeRequestOperation.ParseMethod("PATCH")).ParamName);
    }

    [Fact]
    public void ToPlain_Json_ConvertsToDictionariesArraysAndScalars()
    {
        using var document = JsonDocument.Parse("""{"id":"x","n":42,"f":1.5,"ok":true,"no":false,"nothing":null,"list":[1,"a",{"k":"v"}]}""");

        var value = Assert.IsType<Dictionary<string, object?>>(JsonValueConverter.ToPlain(document.RootElement));

        Assert.Equal(["id", "n", "f", "ok", "no", "nothing", "list"], value.Keys);
        Assert.Equal("x", value["id"]);
        Assert.Equal(42L, Assert.IsType<long>(value["n"]));
        Assert.Equal(1.5, Assert.IsType<double>(value["f"]));
        Assert.Equal(true, value["ok"]);
        Assert.Equal(false, value["no"]);
        Assert.Null(value["nothing"]);
        var list = Assert.IsType<object?[]>(value["list"]);
        Assert.Equal(1L, list[0]);
        Assert.Equal("v", Assert.IsType<Dictionary<string, object?>>(list[2])["k"]);
    }

    [Theory]
    [InlineData("""{"id":"mtr_1","object":"billing.meter","display_name":"m"}""")]
    [InlineData("""{"id":"x","name":"no object field"}""")]
    [InlineData("""[1,2]""")]
    public void Read_ObjectPolvoDoesNotModel_IsPlain(string json)
    {
        using var document = JsonDocument.Parse(json);

        var value = RawResponseReader.Read(document.RootElement);

        Assert.Equal(JsonValueConverter.ToPlain(document.RootElement)?.GetType(), value?.GetType());
    }

    [Fact]
    public void Read_ListEnvelope_StaysPlainWithItsKnownItemsTyped()
    {
        using var document = JsonDocument.Parse("""{"object":"list","data":[{"id":"in_1","object":"invoice","amount_due":5},{"id":"x_1","object":"newer_thing"}],"has_more":false,"url":"/v1/x"}""");

        var envelope = Assert.IsType<Dictionary<string, object?>>(RawResponseReader.Read(document.RootElement));

        Assert.Equal(["object", "data", "has_more", "url"], envelope.Keys);
        var data = Assert.IsType<object?[]>(envelope["data"]);
        var invoice = Assert.IsType<StripeOutput>(data[0]);
        Assert.Equal("Polvo.Stripe.Invoice", invoice.TypeName);
        Assert.Equal(5, Assert.IsType<Invoice>(invoice.Value).AmountDue);
        Assert.Equal("newer_thing", Assert.IsType<Dictionary<string, object?>>(data[1])["object"]);
    }

    [Fact]
    public void Read_DeletedMarkerAndObjectWithoutId_AreTheirModels()
    {
        using var deleted = JsonDocument.Parse("""{"id":"cus_1","object":"customer","deleted":true}""");
        using var balance = JsonDocument.Parse("""{"object":"balance","available":[{"amount":12,"currency":"usd"}],"livemode":false}""");

        var marker = Assert.IsType<StripeOutput>(RawResponseReader.Read(deleted.RootElement));
        var read = Assert.IsType<StripeOutput>(RawResponseReader.Read(balance.RootElement));

        Assert.Equal("cus_1", Assert.IsType<DeletedCustomer>(marker.Value).Id);
        Assert.Equal("Polvo.Stripe.Balance", read.TypeName);
        Assert.Equal(12, Assert.IsType<Balance>(read.Value).Available![0].Amount);
    }

    [Fact]
    public void Read_KnownObjectTheModelCannotHold_IsWrittenPlainRatherThanLost()
    {
        using var document = JsonDocument.Parse("""{"id":"cus_1","object":"customer","created":"not a time"}""");

        var value = Assert.IsType<Dictionary<string, object?>>(RawResponseReader.Read(document.RootElement));

        Assert.Equal("not a time", value["created"]);
    }

    private sealed class PipelineStopped : Exception;
}
