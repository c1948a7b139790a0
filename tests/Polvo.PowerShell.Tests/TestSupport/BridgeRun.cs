using Polvo.PowerShell.Pipeline;

namespace Polvo.PowerShell.Tests.TestSupport;

/// <summary>Runs operations the way a cmdlet does: on a real PipelineBridge drained by the test thread into a RecordingOutput.</summary>
internal static class BridgeRun
{
    public static RecordingOutput Run(Action<PipelineBridge> start, int throttleLimit = 5, RecordingOutput? output = null)
    {
        output ??= new RecordingOutput();
        using var bridge = new PipelineBridge(output, new PipelineBridgeOptions { ThrottleLimit = throttleLimit });
        start(bridge);
        bridge.Complete();
        return output;
    }

    public static IReadOnlyList<T> Values<T>(this RecordingOutput output) =>
        output.Objects.OfType<Polvo.PowerShell.Stripe.Output.StripeOutput>().Select(o => o.Value).OfType<T>().ToList();

    public static IReadOnlyList<string> Stream(this RecordingOutput output, string stream) =>
        output.Calls.Where(c => c.Stream == stream).Select(c => (string)c.Payload!).ToList();
}
