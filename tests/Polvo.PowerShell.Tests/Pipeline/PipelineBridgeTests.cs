using Polvo.PowerShell.Errors;
using Polvo.PowerShell.Pipeline;
using Polvo.PowerShell.Tests.TestSupport;

namespace Polvo.PowerShell.Tests.Pipeline;

public class PipelineBridgeTests
{
    [Fact]
    public void Complete_ProducersOnBackgroundThreads_OnlyCallingThreadWritesOutput()
    {
        var output = new RecordingOutput();
        var producerThreads = new System.Collections.Concurrent.ConcurrentBag<int>();
        using var bridge = new PipelineBridge(output, new PipelineBridgeOptions { Capacity = 8 });

        for (int p = 0; p < 3; p++)
        {
            bridge.Start(async (writer, ct) =>
            {
                for (int i = 0; i < 50; i++)
                {
                    producerThreads.Add(Environment.CurrentManagedThreadId);
                    await writer.WriteObjectAsync(i, ct);
                    await writer.WriteVerboseAsync($"item {i}", ct);
                }
            });
        }

        bridge.Complete();

        int pipelineThread = Environment.CurrentManagedThreadId;
        Assert.Equal(150, output.Objects.Count);
        Assert.Equal(300, output.Calls.Count);
        Assert.All(output.Calls, c => Assert.Equal(pipelineThread, c.ThreadId));
        Assert.DoesNotContain(pipelineThread, producerThreads);
    }

    [Fact]
    public async Task PostAsync_QueueFull_WaitsUntilPipelineThreadDrains()
    {
        var output = new RecordingOutput();
        using var bridge = new PipelineBridge(output, new PipelineBridgeOptions { Capacity = 4 });

        for (int i = 0; i < 4; i++)
        {
            Assert.True(bridge.Writer.WriteObjectAsync(i).IsCompleted);
        }

        ValueTask fifth = bridge.Writer.WriteObjectAsync(4);
        Assert.False(fifth.IsCompleted);

        bridge.DrainAvailable();
        await fifth;
        bridge.DrainAvailable();

        Assert.Equal([0, 1, 2, 3, 4], output.Objects.Cast<int>());
    }

    [Fact]
    public async Task Complete_OutputStopsAfterFifthItem_ProducerRequestsNoFurtherPage()
    {
        // Select-Object -First 5 over pages of 10: PowerShell throws from WriteObject once it has 5 items.
        var output = new RecordingOutput { BeforeWriteObject = n => { if (n == 6) throw new PipelineStoppedStandIn(); } };
        int requests = 0;
        var producerEnded = new TaskCompletionSource();
        using var bridge = new PipelineBridge(output);

        bridge.Start(async (writer, ct) =>
        {
            try
            {
                for (int page = 0; page < 10; page++)
                {
                    Interlocked.Increment(ref requests);
                    for (int i = 0; i < 10; i++)
                    {
                        await writer.WriteObjectAsync(page * 10 + i, ct);
                    }

                    await writer.FlushAsync(ct);
                }
            }
            finally
            {
                producerEnded.SetResult();
            }
        });

        Assert.Throws<PipelineStoppedStandIn>(bridge.Complete);
        await producerEnded.Task;

        Assert.Equal(1, requests);
        Assert.Equal(5, output.Objects.Count);
        Assert.Empty(output.Errors);
        Assert.True(bridge.CancellationToken.IsCancellationRequested);
        Assert.True(bridge.IsStopped);
    }

    [Fact]
    public async Task Stop_FromAnotherThreadWhileDraining_CancelsInFlightWorkAndReturnsWithoutError()
    {
        var output = new RecordingOutput();
        var started = new TaskCompletionSource();
        var observedCancellation = new TaskCompletionSource<bool>();
        using var bridge = new PipelineBridge(output);

        bridge.Start(async (writer, ct) =>
        {
            await writer.WriteObjectAsync("first", ct);
            started.SetResult();
            try
            {
                await Task.Delay(Timeout.Infinite, ct);
            }
            catch (OperationCanceledException)
            {
                observedCancellation.SetResult(true);
                throw;
            }
        });
        _ = started.Task.ContinueWith(_ => bridge.Stop(), TaskScheduler.Default);

        bridge.Complete();

        Assert.True(await observedCancellation.Task);
        Assert.Empty(output.Errors);
        Assert.True(bridge.IsStopped);
    }

    [Fact]
    public void StartItem_OneItemFails_OthersCompleteAndErrorTargetsThatItem()
    {
        var output = new RecordingOutput();
        using var bridge = new PipelineBridge(output, new PipelineBridgeOptions { ThrottleLimit = 2 });

        foreach (int input in new[] { 1, 2, 3, 4, 5 })
        {
            bridge.StartItem(input, async (item, writer, ct) =>
            {
                await Task.Yield();
                if (item == 3)
                {
                    throw new HttpRequestException("connection refused");
                }

                await writer.WriteObjectAsync(item * 10, ct);
            });
            bridge.DrainAvailable();
        }

        bridge.Complete();

        Assert.Equal([10, 20, 40, 50], output.Objects.Cast<int>().Order());
        PolvoErrorInfo error = Assert.Single(output.Errors);
        Assert.Equal(3, error.TargetObject);
        Assert.Equal(PolvoErrorCategory.ConnectionError, error.Category);
    }

    [Fact]
    public void StartItem_ThrottleLimitTwo_RunsExactlyTwoAtOnce()
    {
        var output = new RecordingOutput();
        int running = 0, maxRunning = 0;
        var twoRunning = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var bridge = new PipelineBridge(output, new PipelineBridgeOptions { ThrottleLimit = 2 });

        for (int input = 0; input < 6; input++)
        {
            bridge.StartItem(input, async (item, writer, ct) =>
            {
                int now = Interlocked.Increment(ref running);
                InterlockedMax(ref maxRunning, now);
                if (now == 2)
                {
                    twoRunning.TrySetResult();
                }

                await twoRunning.Task.WaitAsync(ct);
                Interlocked.Decrement(ref running);
                await writer.WriteObjectAsync(item, ct);
            });
        }

        bridge.Complete();

        Assert.Equal(2, maxRunning);
        Assert.Equal(6, output.Objects.Count);
    }

    [Fact]
    public void StartItem_AllSlotsBusyAndQueueFull_DrainsWhileWaitingInsteadOfDeadlocking()
    {
        var output = new RecordingOutput();
        using var bridge = new PipelineBridge(output, new PipelineBridgeOptions { ThrottleLimit = 1, Capacity = 1 });

        for (int input = 0; input < 3; input++)
        {
            bridge.StartItem(input, async (item, writer, ct) =>
            {
                for (int i = 0; i < 5; i++)
                {
                    await writer.WriteObjectAsync((item, i), ct);
                }
            });
        }

        bridge.Complete();

        Assert.Equal(15, output.Objects.Count);
    }

    [Fact]
    public async Task Complete_ProducerFails_SurfacesOneTerminatingErrorAndCancelsOtherWork()
    {
        var output = new RecordingOutput();
        var otherCancelled = new TaskCompletionSource<bool>();
        using var bridge = new PipelineBridge(output);

        bridge.Start(async (writer, ct) =>
        {
            try
            {
                await Task.Delay(Timeout.Infinite, ct);
            }
            catch (OperationCanceledException)
            {
                otherCancelled.SetResult(true);
            }
        });
        bridge.Start((writer, ct) => throw new TimeoutException("no answer in 30 s"));

        var ex = Assert.Throws<PolvoTerminatingException>(bridge.Complete);
        bridge.Complete();
        bridge.DrainAvailable();

        Assert.Equal(PolvoErrorCategory.OperationTimeout, ex.Error.Category);
        Assert.True(await otherCancelled.Task);
        Assert.Empty(output.Errors);
    }

    [Fact]
    public void Complete_ProducerWritesThenFails_DeliversEverythingQueuedBeforeRethrowing()
    {
        var output = new RecordingOutput();
        using var bridge = new PipelineBridge(output);

        bridge.Start(async (writer, ct) =>
        {
            await writer.WriteObjectAsync("last item", ct);
            await writer.WriteErrorAsync(new PolvoErrorInfo("ResourceMissing", PolvoErrorCategory.ObjectNotFound, "cus_1 is missing"), ct);
            await writer.WriteWarningAsync("careful", ct);
            await writer.WriteDebugAsync("headers", ct);
            await writer.WriteVerboseAsync("GET /v1/customers -> 500", ct);
            throw new TimeoutException("no answer in 30 s");
        });

        var ex = Assert.Throws<PolvoTerminatingException>(bridge.Complete);

        Assert.Equal(PolvoErrorCategory.OperationTimeout, ex.Error.Category);
        Assert.Equal(["Object", "Error", "Warning", "Debug", "Verbose"], output.Calls.Select(c => c.Stream));
        Assert.Equal("GET /v1/customers -> 500", output.Calls[^1].Payload);
    }

    [Fact]
    public void Stop_MessagesStillQueued_NothingMoreIsDelivered()
    {
        var output = new RecordingOutput();
        using var bridge = new PipelineBridge(output);
        for (int i = 0; i < 3; i++)
        {
            Assert.True(bridge.Writer.WriteVerboseAsync($"line {i}").IsCompleted);
        }

        bridge.Stop();
        bridge.Complete();

        Assert.Empty(output.Calls);
    }

    [Fact]
    public void StartItem_ItemThrowsTerminatingException_EndsTheCommand()
    {
        var output = new RecordingOutput();
        var noConnection = new PolvoErrorInfo("NoConnection", PolvoErrorCategory.InvalidOperation, "Run Connect-PolvoStripe first.");
        using var bridge = new PipelineBridge(output);

        bridge.StartItem("cus_1", (item, writer, ct) => throw new PolvoTerminatingException(noConnection));

        var ex = Assert.Throws<PolvoTerminatingException>(bridge.Complete);
        Assert.Same(noConnection, ex.Error);
        Assert.Empty(output.Errors);
    }

    [Fact]
    public void Complete_OuterTokenCancelled_ReturnsAndCancelsWork()
    {
        var output = new RecordingOutput();
        using var outer = new CancellationTokenSource();
        using var bridge = new PipelineBridge(output, cancellationToken: outer.Token);
        bridge.Start(async (writer, ct) =>
        {
            await writer.WriteObjectAsync(1, ct);
            outer.Cancel();
            await Task.Delay(Timeout.Infinite, ct);
        });

        bridge.Complete();

        Assert.True(bridge.IsStopped);
        Assert.Empty(output.Errors);
    }

    [Fact]
    public void Start_AfterComplete_ThrowsInvalidOperation()
    {
        using var bridge = new PipelineBridge(new RecordingOutput());
        bridge.Complete();

        Assert.Throws<InvalidOperationException>(() => bridge.Start((w, ct) => Task.CompletedTask));
    }

    [Theory]
    [InlineData(0, 5, "Capacity")]
    [InlineData(256, 0, "ThrottleLimit")]
    public void Constructor_OptionOutOfRange_ThrowsNamingTheOption(int capacity, int throttle, string name)
    {
        var options = new PipelineBridgeOptions { Capacity = capacity, ThrottleLimit = throttle };

        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new PipelineBridge(new RecordingOutput(), options));

        Assert.Equal(name, ex.ParamName);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }

    /// <summary>Stands in for PowerShell's PipelineStoppedException (the bridge treats any output exception alike).</summary>
    private sealed class PipelineStoppedStandIn : Exception;
}
