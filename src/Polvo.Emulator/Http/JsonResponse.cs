using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Polvo.Emulator.Http;

/// <summary>Writes JSON straight to the response with <see cref="Utf8JsonWriter"/>.</summary>
internal static class JsonResponse
{
    private static readonly JsonWriterOptions Options = new() { SkipValidation = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task WriteAsync(HttpContext context, int status, JsonBody body)
    {
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = "application/json";
        using (var writer = new Utf8JsonWriter(response.BodyWriter, Options))
        {
            body(writer);
        }

        await response.BodyWriter.FlushAsync(context.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>Renders a body into bytes, for responses an idempotency record keeps.</summary>
    public static byte[] Render(JsonBody body)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            body(writer);
        }

        return buffer.WrittenSpan.ToArray();
    }

    public static async Task WriteBytesAsync(HttpContext context, int status, byte[] body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        context.Response.ContentLength = body.Length;
        await context.Response.Body.WriteAsync(body, context.RequestAborted).ConfigureAwait(false);
    }
}
