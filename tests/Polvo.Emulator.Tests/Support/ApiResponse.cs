using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Polvo.Emulator.Tests.Support;

/// <summary>A decoded emulator answer: status, JSON body and headers.</summary>
internal sealed record ApiResponse(HttpStatusCode Status, JsonElement Json, HttpResponseHeaders Headers)
{
    public string? Header(string name) => Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    public JsonElement Error => Json.GetProperty("error");

    public string Id => Json.GetProperty("id").GetString()!;

    public string[] DataIds => Json.GetProperty("data").EnumerateArray().Select(e => e.GetProperty("id").GetString()!).ToArray();

    public bool HasMore => Json.GetProperty("has_more").GetBoolean();

    public string? Str(string name) => Json.GetProperty(name).ValueKind == JsonValueKind.Null ? null : Json.GetProperty(name).GetString();
}
