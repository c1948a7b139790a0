using System.Collections.Concurrent;
using Polvo.PowerShell.Errors;
using Polvo.PowerShell.Pipeline;
using Polvo.PowerShell.Progress;

namespace Polvo.PowerShell.Tests.TestSupport;

/// <summary>A thread-safe ICommandOutput that records every call and the thread it came from.</summary>
internal sealed class RecordingOutput : ICommandOutput
{
    private readonly ConcurrentQueue<(string Stream, object? Payload, int ThreadId)> _calls = new();

    /// <summary>Called before an object is recorded; throw from it to simulate PipelineStoppedException.</summary>
    public Action<int>? BeforeWriteObject { get; set; }

    public IReadOnlyList<(string Stream, object? Payload, int ThreadId)> Calls => [.. _calls];

    public IReadOnlyList<object?> Objects => Calls.Where(c => c.Stream == "Object").Select(c => c.Payload).ToList();

    public IReadOnlyList<PolvoErrorInfo> Errors => Calls.Where(c => c.Stream == "Error").Select(c => (PolvoErrorInfo)c.Payload!).ToList();

    public void WriteObject(object? item)
    {
        BeforeWriteObject?.Invoke(Objects.Count + 1);
        Record("Object", item);
    }

    public void WriteError(PolvoErrorInfo error) => Record("Error", error);

    public void WriteVerbose(string message) => Record("Verbose", message);

    public void WriteDebug(string message) => Record("Debug", message);

    public void WriteWarning(string message) => Record("Warning", message);

    public void WriteProgress(PolvoProgress progress) => Record("Progress", progress);

    private void Record(string stream, object? payload) => _calls.Enqueue((stream, payload, Environment.CurrentManagedThreadId));
}
