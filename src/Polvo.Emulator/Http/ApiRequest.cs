using Polvo.Emulator.Hosting;
using Polvo.Emulator.Spec;

namespace Polvo.Emulator.Http;

/// <summary>A parsed API request handed to an endpoint handler.</summary>
internal sealed class ApiRequest(HttpContext context, ParamReader parameters, EmulatorState state, ApiOperation? operation = null)
{
    public HttpContext Context { get; } = context;

    public ParamReader Params { get; } = parameters;

    public EmulatorState State { get; } = state;

    /// <summary>The description's operation for this path, when it has one.</summary>
    public ApiOperation? Operation { get; } = operation;

    /// <summary>The <c>{id}</c> route value.</summary>
    public string Id => Context.Request.RouteValues["id"] as string ?? string.Empty;

    /// <summary>The current time as unix seconds, from the emulator's <see cref="TimeProvider"/>.</summary>
    public long Now => State.Time.GetUtcNow().ToUnixTimeSeconds();

    /// <summary>The <c>expand[]</c> paths asked for.</summary>
    public List<string> Expand => Params.Node.Child("expand") is null ? [] : Params.List("expand") ?? [];
}
