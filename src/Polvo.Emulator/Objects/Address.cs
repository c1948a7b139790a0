using System.Text.Json;
using Polvo.Emulator.Http;

namespace Polvo.Emulator.Objects;

/// <summary>Stripe's address hash.</summary>
internal sealed record Address(string? City, string? Country, string? Line1, string? Line2, string? PostalCode, string? State)
{
    public static Address Empty { get; } = new(null, null, null, null, null, null);

    public static Address Read(ParamReader reader, Address? current)
    {
        var a = current ?? Empty;
        var result = new Address(
            Pick(reader, "city", a.City), Pick(reader, "country", a.Country), Pick(reader, "line1", a.Line1),
            Pick(reader, "line2", a.Line2), Pick(reader, "postal_code", a.PostalCode), Pick(reader, "state", a.State));
        reader.ThrowIfUnknown();
        return result;
    }

    public static void Write(Utf8JsonWriter writer, string name, Address? address)
    {
        if (address is null)
        {
            writer.WriteNull(name);
            return;
        }

        writer.WriteStartObject(name);
        Json.String(writer, "city", address.City);
        Json.String(writer, "country", address.Country);
        Json.String(writer, "line1", address.Line1);
        Json.String(writer, "line2", address.Line2);
        Json.String(writer, "postal_code", address.PostalCode);
        Json.String(writer, "state", address.State);
        writer.WriteEndObject();
    }

    private static string? Pick(ParamReader reader, string name, string? current) =>
        reader.Has(name) ? NullIfEmpty(reader.String(name)) : current;

    internal static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
