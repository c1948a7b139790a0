using Polvo.PowerShell.Errors;
using Polvo.PowerShell.Pipeline;
using Polvo.PowerShell.Progress;
using Polvo.PowerShell.Tests.TestSupport;

namespace Polvo.PowerShell.Tests.Pipeline;

public class PipelineMessageTests
{
    [Fact]
    public void DeliverTo_EachKind_CallsTheMatchingStream()
    {
        var output = new RecordingOutput();
        var error = new PolvoErrorInfo("E", PolvoErrorCategory.NotSpecified, "m");
        var progress = new PolvoProgress(1, "a", "s", 1, 1, -1, false);

        PipelineMessage.Object(42).DeliverTo(output);
        PipelineMessage.Error(error).DeliverTo(output);
        PipelineMessage.Verbose("v").DeliverTo(output);
        PipelineMessage.Debug("d").DeliverTo(output);
        PipelineMessage.Warning("w").DeliverTo(output);
        PipelineMessage.Progress(progress).DeliverTo(output);

        Assert.Equal(
            [("Object", (object?)42), ("Error", error), ("Verbose", "v"), ("Debug", "d"), ("Warning", "w"), ("Progress", progress)],
            output.Calls.Select(c => (c.Stream, c.Payload)));
    }

    [Fact]
    public void DeliverTo_FlushMarker_CompletesItWithoutWriting()
    {
        var output = new RecordingOutput();
        var delivered = new TaskCompletionSource();

        new PipelineMessage(PipelineMessageKind.Flush, delivered).DeliverTo(output);

        Assert.True(delivered.Task.IsCompletedSuccessfully);
        Assert.Empty(output.Calls);
    }
}
