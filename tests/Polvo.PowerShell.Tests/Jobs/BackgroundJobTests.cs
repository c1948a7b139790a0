using Polvo.PowerShell.Errors;
using Polvo.PowerShell.Jobs;
using Polvo.PowerShell.Pipeline;
using Polvo.PowerShell.Tests.TestSupport;

namespace Polvo.PowerShell.Tests.Jobs;

public class BackgroundJobTests
{
    [Fact]
    public async Task Start_WorkSucceeds_RunningThenCompletedWithOutputBuffered()
    {
        var output = new RecordingOutput();
        using var job = new BackgroundJob((o, ct) => { o.WriteObject("a"); o.WriteVerbose("GET /v1/customers 200"); o.WriteObject("b"); return Task.CompletedTask; }, output);
        var states = RecordStates(job);

        job.Start();
        await job.Completion;

        Assert.Equal([BackgroundJobState.Running, BackgroundJobState.Completed], states);
        Assert.Equal(["a", "b"], output.Objects);
        Assert.Contains(output.Calls, c => c.Stream == "Verbose");
        Assert.Null(job.Failure);
    }

    [Fact]
    public async Task Start_WorkThrows_FailedWithErrorRecordedAndWritten()
    {
        var output = new RecordingOutput();
        using var job = new BackgroundJob((o, ct) => throw new HttpRequestException("down"), output);
        var changes = new List<BackgroundJobStateChangedEventArgs>();
        job.StateChanged += (_, e) => changes.Add(e);

        job.Start();
        await job.Completion;

        Assert.Equal(BackgroundJobState.Failed, job.State);
        Assert.Equal(PolvoErrorCategory.ConnectionError, job.Failure!.Category);
        Assert.Same(job.Failure, Assert.Single(output.Errors));
        Assert.IsType<HttpRequestException>(changes[^1].Reason);
    }

    [Fact]
    public async Task Stop_WhileRunning_CancelsWorkAndEndsStopped()
    {
        var started = new TaskCompletionSource();
        var cancelled = new TaskCompletionSource<bool>();
        using var job = new BackgroundJob(async (o, ct) =>
        {
            started.SetResult();
            try
            {
                await Task.Delay(Timeout.Infinite, ct);
            }
            catch (OperationCanceledException)
            {
                cancelled.SetResult(true);
                throw;
            }
        }, new RecordingOutput());

        job.Start();
        await started.Task;
        job.Stop();
        await job.Completion;

        Assert.True(await cancelled.Task);
        Assert.Equal(BackgroundJobState.Stopped, job.State);
        Assert.Null(job.Failure);
    }

    [Fact]
    public async Task Stop_NotStarted_StoppedAtOnceAndWorkNeverRuns()
    {
        bool ran = false;
        using var job = new BackgroundJob((o, ct) => { ran = true; return Task.CompletedTask; }, new RecordingOutput());

        job.Stop();
        await job.Completion;

        Assert.Equal(BackgroundJobState.Stopped, job.State);
        Assert.Throws<InvalidOperationException>(job.Start);
        Assert.False(ran);
    }

    [Fact]
    public async Task Start_WorkDrainsABridge_ItemErrorIsWrittenAndJobCompletes()
    {
        // The -AsJob shape: the job's thread drains a bridge built on the job's output and token.
        var output = new RecordingOutput();
        using var job = new BackgroundJob((o, ct) =>
        {
            using var bridge = new PipelineBridge(o, cancellationToken: ct);
            foreach (string id in new[] { "cus_1", "cus_bad", "cus_3" })
            {
                bridge.StartItem(id, async (item, writer, token) =>
                {
                    if (item == "cus_bad")
                    {
                        throw new ArgumentException("No such customer", "Id");
                    }

                    await writer.WriteObjectAsync(item, token);
                });
            }

            bridge.Complete();
            return Task.CompletedTask;
        }, output);

        job.Start();
        await job.Completion;

        Assert.Equal(BackgroundJobState.Completed, job.State);
        Assert.Equal(["cus_1", "cus_3"], output.Objects.Cast<string>().Order());
        Assert.Equal("cus_bad", Assert.Single(output.Errors).TargetObject);
    }

    [Fact]
    public async Task Start_BridgeTerminates_JobFailedWithThatError()
    {
        var output = new RecordingOutput();
        var noKey = new PolvoErrorInfo("NoConnection", PolvoErrorCategory.InvalidOperation, "Run Connect-PolvoStripe or set POLVO_STRIPE_API_KEY.");
        using var job = new BackgroundJob((o, ct) =>
        {
            using var bridge = new PipelineBridge(o, cancellationToken: ct);
            bridge.Start((w, t) => throw new PolvoTerminatingException(noKey));
            bridge.Complete();
            return Task.CompletedTask;
        }, output);

        job.Start();
        await job.Completion;

        Assert.Equal(BackgroundJobState.Failed, job.State);
        Assert.Same(noKey, job.Failure);
    }

    private static List<BackgroundJobState> RecordStates(BackgroundJob job)
    {
        var states = new List<BackgroundJobState>();
        job.StateChanged += (_, e) => { lock (states) { states.Add(e.State); } };
        return states;
    }
}
