using System.Text.Json;

namespace Polvo.Emulator.Objects;

/// <summary>Small helpers for writing Stripe's nullable fields.</summary>
internal static class Json
{
    public static void String(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null) writer.WriteNull(name);
        else writer.WriteString(name, value);
    }

    public static void Number(Utf8JsonWriter writer, string name, long? value)
    {
        if (value is null) writer.WriteNull(name);
        else writer.WriteNumber(name, value.Value);
    }

    public static void EmptyObject(Utf8JsonWriter writer, string name)
    {
        writer.WriteStartObject(name);
        writer.WriteEndObject();
    }
}
