using System.Text.Json.Nodes;

namespace Polvo.Emulator.Generic;

/// <summary>Reads a whole number from a JSON node whatever CLR type holds it (parsed JSON, int or long literals).</summary>
internal static class JsonNumbers
{
    public static long? Long(JsonNode? node)
    {
        if (node is not JsonValue value) return null;
        if (value.TryGetValue<long>(out var l)) return l;
        if (value.TryGetValue<int>(out var i)) return i;
        if (value.TryGetValue<decimal>(out var d)) return (long)d;
        return value.TryGetValue<double>(out var f) ? (long)f : null;
    }
}
