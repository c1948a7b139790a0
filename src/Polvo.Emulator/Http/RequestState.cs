
namespace Polvo.Emulator.Http;

/// <summary>Per-request facts the middlewares share: the request id, the caller's key, an injected fault.</summary>
internal sealed class RequestState
{
    public required string RequestId { get; init; }

    public string ApiKey { get; set; } = string.Empty;

    public EmulatorFault Fault { get; set; }

    /// <summary>The form-encoded body parameters of a POST, in order (empty for other requests), for the request log.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Form { get; set; } = [];

    public static RequestState Of(HttpContext context) =>
        context.Features.Get<RequestState>() ?? throw new InvalidOperationException("The request tracking middleware did not run.");
}
