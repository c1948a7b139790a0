using Polvo.Emulator;
using Polvo.PowerShell.Jobs;
using Polvo.PowerShell.Pipeline;
using Polvo.PowerShell.Stripe.Customers;
using Polvo.PowerShell.Stripe.Jobs;
using Polvo.PowerShell.Tests.TestSupport;
using Polvo.Stripe.Entities;

namespace Polvo.PowerShell.Tests.Stripe.Jobs;

public class BridgeJobWorkTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(30);
    private static readonly GetCustomerOperation Operation = new();

    private static BackgroundJob ListJob(GetCustomerRequest request, RecordingOutput output) =>
        new(BridgeJobWork.Create(() => new PipelineBridgeOptions(), bridge => bridge.Start((w, ct) => Operation.RunAsync(request, w, ct))), output);

    [Fact]
    public async Task Start_RealListOperation_CompletesWithEveryCustomerInTheJobOutput()
    {
        var connection = fixture.Connect();
        var output = new RecordingOutput();
        using var job = ListJob(new GetCustomerRequest { Connection = connection, PageSize = 10 }, output);

        job.Start();
        await job.Completion.WaitAsync(Guard);

        Assert.Equal(BackgroundJobState.Completed, job.State);
        Assert.Equal(EmulatorFixture.SeededCustomers, output.Values<Customer>().Count);
        Assert.Empty(output.Errors);
    }

    [Fact]
    public async Task Stop_RequestInFlight_CancelsItAndEndsStopped()
    {
        await using var slow = await StripeEmulator.StartAsync(new EmulatorOptions { SeedCustomers = 3, LatencyMs = 120_000 });
        var connection = new Polvo.PowerShell.Stripe.Connections.ConnectionFactory(_ => null)
            .Create(new() { ApiKey = EmulatorFixture.Key, BaseUrl = slow.BaseUrl.ToString() });
        var output = new RecordingOutput();
        using var job = ListJob(new GetCustomerRequest { Connection = connection }, output);

        job.Start();
        job.Stop();
        await job.Completion.WaitAsync(Guard);

        Assert.Equal(BackgroundJobState.Stopped, job.State);
        Assert.Empty(output.Objects);
        Assert.Empty(output.Errors);
    }

    [Fact]
    public async Task Start_KeyRejected_EndsFailedWithTheStripeError()
    {
        var connection = fixture.Connect("sk_test_rejected-key");
        var output = new RecordingOutput();
        using var job = ListJob(new GetCustomerRequest { Connection = connection }, output);

        job.Start();
        await job.Completion.WaitAsync(Guard);

        Assert.Equal(BackgroundJobState.Failed, job.State);
        Assert.Equal("api_key_invalid", job.Failure!.ErrorId);
        Assert.Equal("api_key_invalid", Assert.Single(output.Errors).ErrorId);
        Assert.DoesNotContain("sk_test_rejected-key", job.Failure.Message);
    }

    [Fact]
    public async Task Start_ItemsWithOneFailing_CompletesWithTheOthersAndOneError()
    {
        var connection = fixture.Connect();
        var request = new GetCustomerRequest { Connection = connection, Mode = Polvo.PowerShell.Stripe.Paging.GetObjectsMode.ById };
        string known = connection.Client.Customers.ListAsync().ToBlockingEnumerable().First().Id;
        var output = new RecordingOutput();
        using var job = new BackgroundJob(
            BridgeJobWork.Create(() => new PipelineBridgeOptions(), bridge =>
            {
                foreach (string id in new[] { known, "cus_Gone" })
                {
                    bridge.StartItem(id, (item, w, ct) => Operation.GetOneAsync(item, request, w, ct));
                }
            }),
            output);

        job.Start();
        await job.Completion.WaitAsync(Guard);

        Assert.Equal(BackgroundJobState.Completed, job.State);
        Assert.Equal(known, Assert.Single(output.Values<Customer>()).Id);
        Assert.Equal("cus_Gone", Assert.Single(output.Errors).TargetObject);
    }
}
