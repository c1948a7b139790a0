using Polvo.Emulator.Http;

namespace Polvo.Emulator.Objects;

/// <summary>Checks for the plain text fields Stripe validates.</summary>
internal static class Text
{
    /// <summary>Reads a string field; an empty value means null (unset).</summary>
    public static string? Optional(ParamReader reader, string name, int maxLength = 5000)
    {
        var value = reader.String(name);
        if (value is { Length: > 0 } && value.Length > maxLength)
        {
            throw ApiErrors.BadRequest($"Invalid {name}: must be at most {maxLength} characters.", name);
        }

        return string.IsNullOrEmpty(value) ? null : value;
    }

    public static string? Email(ParamReader reader, string name)
    {
        var value = Optional(reader, name, 512);
        if (value is null) return null;
        var at = value.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0 || at == value.Length - 1 || value.Contains(' ', StringComparison.Ordinal))
        {
            throw ApiErrors.BadRequest($"Invalid email address: {ApiErrors.Shorten(value)}", name, "email_invalid");
        }

        return value;
    }
}
