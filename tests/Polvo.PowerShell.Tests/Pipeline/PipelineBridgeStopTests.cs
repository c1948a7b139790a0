using Polvo.PowerShell.Errors;
using Polvo.PowerShell.Pipeline;
using Polvo.PowerShell.Tests.TestSupport;

namespace Polvo.PowerShell.Tests.Pipeline;

/// <summary>The bridge's two ways an item's failure ends the command: -ErrorAction Stop, and failures that concern every item.</summary>
public class PipelineBridgeStopTests
{
    [Fact]
    public void HaltOnItemError_FirstItemFails_NoLaterItemStarts_RunningOnesFinishAndAreDeliveredBeforeTheError()
    {
        var output = new RecordingOutput();
        var fail = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var started = new List<int>();
        using var bridge = new PipelineBridge(output, new PipelineBridgeOptions { ThrottleLimit = 3, HaltOnItemError = true });

        for (int i = 1; i <= 8; i++)
        {
            bridge.StartItem(i, async (item, writer, ct) =>
            {
                lock (started)
                {
                    started.Add(item);
                }

                if (item == 1)
                {
                    await fail.Task;
                    // Items 2 and 3 (still running) finish shortly after this failure.
                    _ = Task.Delay(100, CancellationToken.None).ContinueWith(_ => release.SetResult(), TaskScheduler.Default);
                    throw new InvalidOperationException("row 1 is invalid");
                }

                await release.Task.WaitAsync(ct);
                await writer.WriteObjectAsync(item, ct);
            });
            if (i == 3)
            {
                fail.SetResult(); // items 1-3 are running, every slot is taken: item 1 fails
            }
        }

        bridge.Complete();

        Assert.Equal([1, 2, 3], started.Order());
        Assert.Equal([2, 3], output.Objects.Cast<int>().Order());
        Assert.Equal("Error", output.Calls[^1].Stream);
        Assert.Equal(1, Assert.Single(output.Errors).TargetObject);
    }

    [Fact]
    public void CommandWideFailure_ConnectionRefused_EndsTheCommandOnceInsteadOfAnErrorPerItem()
    {
        var output = new RecordingOutput();
        int calls = 0;
        using var bridge = new PipelineBridge(output, new PipelineBridgeOptions { ThrottleLimit = 1 });

        var failure = Assert.Throws<PolvoTerminatingException>(() =>
        {
            for (int i = 1; i <= 6; i++)
            {
                bridge.StartItem(i, (_, _, _) =>
                {
                    Interlocked.Increment(ref calls);
                    throw new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused (127.0.0.1:9)");
                });
                bridge.DrainAvailable();
            }

            bridge.Complete();
        });

        Assert.Equal(PolvoErrorCategory.ConnectionError, failure.Error.Category);
        Assert.Empty(output.Errors);
        Assert.Equal(1, calls);
    }

    [Fact]
    public void ConnectionDroppedDuringARequest_IsThatItemsErrorOnly()
    {
        var output = new RecordingOutput();
        using var bridge = new PipelineBridge(output, new PipelineBridgeOptions { ThrottleLimit = 1 });

        for (int i = 1; i <= 3; i++)
        {
            bridge.StartItem(i, (_, _, _) => throw new HttpRequestException(HttpRequestError.ResponseEnded, "The response ended prematurely."));
        }

        bridge.Complete();

        Assert.Equal(3, output.Errors.Count);
    }
}
