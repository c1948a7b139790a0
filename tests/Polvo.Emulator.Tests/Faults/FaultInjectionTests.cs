using System.Net;
using Polvo.Emulator.Tests.Support;

namespace Polvo.Emulator.Tests.Faults;

/// <summary>
/// Each fault switch. Clients here send <c>Connection: close</c>, so every request uses a fresh connection and
/// HttpClient cannot transparently resend a request whose pooled connection was dropped.
/// </summary>
public class FaultInjectionTests : EmulatorTest
{
    internal override void ConfigureClient(ApiClient client) => client.Http.DefaultRequestHeaders.ConnectionClose = true;

    [Fact]
    public async Task FaultRate_One_Answers500ApiErrorAndCreatesNothing()
    {
        Emulator.Faults.FaultRate = 1;

        var response = await Client.PostAsync("/v1/customers", ("email", "a@example.com"));

        Assert.Equal(HttpStatusCode.InternalServerError, response.Status);
        Assert.Equal("api_error", response.Error.GetProperty("type").GetString());
        Assert.Equal("true", response.Header("Stripe-Should-Retry"));
        Assert.NotNull(response.Header("Request-Id"));
        Assert.Equal(0, Emulator.CustomerCount);
        Assert.Equal(EmulatorFault.ServerError, Emulator.Requests.Snapshot()[^1].Fault);
    }

    [Fact]
    public async Task ResetRate_One_DropsConnectionAndCreatesNothing()
    {
        Emulator.Faults.ResetRate = 1;

        await Assert.ThrowsAsync<HttpRequestException>(() => Client.PostAsync("/v1/customers", ("email", "a@example.com")));

        Assert.Equal(0, Emulator.CustomerCount);
        var record = Assert.Single(Emulator.Requests.Snapshot());
        Assert.Equal(EmulatorFault.ConnectionReset, record.Fault);
        Assert.Equal(0, record.StatusCode);
        Assert.True(record.FaultInjected);
    }

    [Fact]
    public async Task LockTimeoutRate_One_Answers429LockTimeout()
    {
        Emulator.Faults.LockTimeoutRate = 1;

        var response = await Client.GetAsync("/v1/customers");

        Assert.Equal((HttpStatusCode)429, response.Status);
        Assert.Equal("lock_timeout", response.Error.GetProperty("code").GetString());
        Assert.Equal("invalid_request_error", response.Error.GetProperty("type").GetString());
        Assert.Equal("true", response.Header("Stripe-Should-Retry"));
        Assert.Equal(1, Emulator.Requests.Count429);
    }

    [Fact]
    public async Task ResetAfterCommit_One_CreatesThenDropsAndKeyedRetryReplays()
    {
        Emulator.Faults.ResetAfterCommitRate = 1;

        await Assert.ThrowsAsync<HttpRequestException>(() => Client.PostAsync("/v1/customers", "commit-key", ("email", "c@example.com")));
        Assert.Equal(1, Emulator.CustomerCount);
        Emulator.Faults.ResetAfterCommitRate = 0;
        var retry = await Client.PostAsync("/v1/customers", "commit-key", ("email", "c@example.com"));

        Assert.Equal(HttpStatusCode.OK, retry.Status);
        Assert.Equal("true", retry.Header("Idempotent-Replayed"));
        Assert.Equal("c@example.com", retry.Str("email"));
        Assert.Equal(1, Emulator.CustomerCount);
        Assert.Equal(EmulatorFault.ResetAfterCommit, Emulator.Requests.Snapshot()[0].Fault);
    }

    [Fact]
    public async Task ResetAfterCommit_One_LeavesGetsAlone()
    {
        Emulator.Faults.ResetAfterCommitRate = 1;

        var response = await Client.GetAsync("/v1/customers");

        Assert.Equal(HttpStatusCode.OK, response.Status);
    }

    [Fact]
    public async Task MixedFaults_OnPosts_OnlyAnsweredCreatesExist()
    {
        Emulator.Faults.FaultRate = 0.3;
        Emulator.Faults.ResetRate = 0.2;
        Emulator.Faults.LockTimeoutRate = 0.2;
        var succeeded = 0;
        var failed = 0;
        for (var i = 0; i < 60; i++)
        {
            try
            {
                var response = await Client.PostAsync("/v1/customers", ("email", $"m{i}@example.com"));
                if (response.Status == HttpStatusCode.OK) succeeded++;
                else failed++;
            }
            catch (HttpRequestException)
            {
                failed++;
            }
        }

        Assert.Equal(succeeded, Emulator.CustomerCount);
        Assert.InRange(failed, 20, 60);
        Assert.InRange(succeeded, 5, 40);
    }

    [Fact]
    public async Task Faults_ChangedWhileRunning_TakeEffectAndClearRestores()
    {
        await Client.CreateCustomerAsync();
        Emulator.Faults.FaultRate = 1;
        var failing = await Client.GetAsync("/v1/customers");
        Emulator.Faults.Clear();

        var healthy = await Client.GetAsync("/v1/customers");

        Assert.Equal(HttpStatusCode.InternalServerError, failing.Status);
        Assert.Equal(HttpStatusCode.OK, healthy.Status);
        Assert.Single(healthy.DataIds);
    }

    [Fact]
    public async Task Faults_AuthFailure_IsAnsweredBeforeFaults()
    {
        Emulator.Faults.FaultRate = 1;
        using var anonymous = new ApiClient(Emulator, key: null);

        var response = await anonymous.GetAsync("/v1/customers");

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.1)]
    [InlineData(double.NaN)]
    public void FaultRate_OutOfRange_Throws(double rate)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Emulator.Faults.FaultRate = rate);
    }
}
