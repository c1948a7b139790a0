using Polvo.Emulator.Hosting;

namespace Polvo.Emulator.Http;

/// <summary>A parsed API request handed to an endpoint handler.</summary>
internal sealed class ApiRequest(HttpContext context, ParamReader parameters, EmulatorState state)
{
    public HttpContext Context { get; } = context;

    public ParamReader Params { get; } = parameters;

    public EmulatorState State { get; } = state;

    /// <summary>The <c>{id}</c> route value.</summary>
    public string Id => Context.Request.RouteValues["id"] as string ?? string.Empty;

    /// <summary>The current time as unix seconds, from the emulator's <see cref="TimeProvider"/>.</summary>
    public long Now => State.Time.GetUtcNow().ToUnixTimeSeconds();
}
