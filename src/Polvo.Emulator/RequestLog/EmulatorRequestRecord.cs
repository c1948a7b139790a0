
namespace Polvo.Emulator;

/// <summary>One request the emulator received.</summary>
/// <param name="Method">The HTTP method, such as <c>GET</c>.</param>
/// <param name="Path">The path, such as <c>/v1/customers</c>.</param>
/// <param name="QueryString">The query string including its leading <c>?</c>, or empty.</param>
/// <param name="StatusCode">The status answered; 0 when the connection was dropped instead.</param>
/// <param name="Fault">The fault injected into this request, or <see cref="EmulatorFault.None"/>.</param>
public sealed record EmulatorRequestRecord(string Method, string Path, string QueryString, int StatusCode, EmulatorFault Fault)
{
    /// <summary>Gets whether a fault (an error, a dropped connection or a rate limit) was injected.</summary>
    public bool FaultInjected => Fault != EmulatorFault.None;

    /// <summary>Gets the form-encoded body parameters of a POST, in the order sent (empty for other requests), so tests can check exactly what was sent.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Form { get; init; } = [];

    /// <summary>Gets the <c>Idempotency-Key</c> header, or <see langword="null"/> when there was none.</summary>
    public string? IdempotencyKey { get; init; }
}
