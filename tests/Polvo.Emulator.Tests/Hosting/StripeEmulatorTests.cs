using System.Net;
using Polvo.Emulator.Tests.Support;

namespace Polvo.Emulator.Tests.Hosting;

public class StripeEmulatorTests
{
    [Fact]
    public async Task StartAsync_Defaults_ListensOnLoopbackEphemeralPort()
    {
        await using var emulator = await StripeEmulator.StartAsync();

        Assert.Equal("127.0.0.1", emulator.BaseUrl.Host);
        Assert.NotEqual(0, emulator.BaseUrl.Port);
        Assert.EndsWith("/", emulator.BaseUrl.AbsoluteUri, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_TwoEmulators_GetSeparatePortsAndState()
    {
        await using var first = await Emulators.StartAsync();
        await using var second = await Emulators.StartAsync();
        using var client = new ApiClient(first);

        await client.CreateCustomerAsync();

        Assert.NotEqual(first.BaseUrl.Port, second.BaseUrl.Port);
        Assert.Equal(1, first.CustomerCount);
        Assert.Equal(0, second.CustomerCount);
    }

    [Fact]
    public async Task StartAsync_InvalidOptions_ThrowsBeforeListening()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => StripeEmulator.StartAsync(new EmulatorOptions { Port = -5 }));
    }

    [Fact]
    public async Task DisposeAsync_Running_StopsAnswering()
    {
        var emulator = await Emulators.StartAsync();
        using var http = new HttpClient { BaseAddress = emulator.BaseUrl };

        await emulator.DisposeAsync();

        await Assert.ThrowsAsync<HttpRequestException>(() => http.GetAsync("/v1/customers"));
    }

    [Fact]
    public async Task AnyResponse_Always_CarriesRequestIdAndStripeVersion()
    {
        await using var emulator = await Emulators.StartAsync();
        using var client = new ApiClient(emulator);

        var ok = await client.GetAsync("/v1/customers");
        var notFound = await client.GetAsync("/v1/nothing");

        Assert.Equal(HttpStatusCode.OK, ok.Status);
        Assert.Matches("^req_[A-Za-z0-9]{14}$", ok.Header("Request-Id"));
        Assert.Matches("^req_[A-Za-z0-9]{14}$", notFound.Header("Request-Id"));
        Assert.NotEqual(ok.Header("Request-Id"), notFound.Header("Request-Id"));
        Assert.Equal("2020-08-27", ok.Header("Stripe-Version"));
    }
}
