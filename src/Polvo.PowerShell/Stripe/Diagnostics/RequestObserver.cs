using Polvo.PowerShell.Pipeline;
using Polvo.Stripe.Http;

namespace Polvo.PowerShell.Stripe.Diagnostics;

/// <summary>
/// Routes the requests a connection's client reports (one client serves many commands) to the command that made
/// them: an operation attaches an observer for its async flow, and the client's <c>OnRequest</c> callback
/// (<see cref="Report"/>) writes -Verbose lines (method, path, status, time) and -Debug headers (key redacted) to
/// that command's writer.
/// </summary>
internal sealed class RequestObserver
{
    private static readonly AsyncLocal<RequestObserver?> CurrentObserver = new();
    private readonly IPipelineWriter _writer;
    private readonly bool _verbose;
    private readonly bool _debug;

    private RequestObserver(IPipelineWriter writer, bool verbose, bool debug)
    {
        _writer = writer;
        _verbose = verbose;
        _debug = debug;
    }

    /// <summary>The observer of the current async flow, or null.</summary>
    public static RequestObserver? Current => CurrentObserver.Value;

    /// <summary>
    /// Observes the requests of the calling async flow (call at the start of an operation's async method; the
    /// change stays inside that method and the tasks it starts).
    /// </summary>
    public static void Attach(IPipelineWriter writer, CommandDiagnostics diagnostics)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(diagnostics);
        CurrentObserver.Value = diagnostics.Verbose || diagnostics.Debug ? new RequestObserver(writer, diagnostics.Verbose, diagnostics.Debug) : null;
    }

    /// <summary>The client's <c>OnRequest</c> callback: quick, never throws.</summary>
    public static void Report(StripeRequestEvent requestEvent) => Current?.OnRequest(requestEvent);

    /// <summary>Reports a retry about to happen (reason and delay) as a verbose line.</summary>
    public static void ReportRetry(string notice)
    {
        if (Current is { _verbose: true } observer)
        {
            observer.Post(PipelineMessage.Verbose($"Retrying {notice}"));
        }
    }

    private void OnRequest(StripeRequestEvent requestEvent)
    {
        if (_verbose)
        {
            Post(PipelineMessage.Verbose($"Stripe {requestEvent}"));
        }

        if (_debug)
        {
            Post(PipelineMessage.Debug($"Stripe {requestEvent.Method} {requestEvent.Path} request headers:\n{requestEvent.FormatHeaders()}"));
        }
    }

    private void Post(PipelineMessage message)
    {
        try
        {
            var posted = _writer.PostAsync(message);
            if (!posted.IsCompletedSuccessfully)
            {
                _ = ObserveAsync(posted);
            }
        }
        catch (Exception)
        {
            // The command stopped: nobody reads verbose output any more.
        }
    }

    private static async Task ObserveAsync(ValueTask posted)
    {
        try
        {
            await posted.ConfigureAwait(false);
        }
        catch (Exception)
        {
            // The command stopped while the message waited for room in the queue.
        }
    }
}
