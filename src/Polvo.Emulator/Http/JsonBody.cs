using System.Text.Json;

namespace Polvo.Emulator.Http;

/// <summary>Renders a response body; called after the store lock is released.</summary>
internal delegate void JsonBody(Utf8JsonWriter writer);

/// <summary>What an API handler answers: a status and a body to render.</summary>
internal readonly record struct ApiResult(int Status, JsonBody Body)
{
    public static ApiResult Ok(JsonBody body) => new(200, body);
}
