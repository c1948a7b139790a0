using System.Text.Json;
using Polvo.Emulator.Http;

namespace Polvo.Emulator.Objects;

/// <summary>Stripe's shipping hash; <c>carrier</c> and <c>tracking_number</c> exist on charges only.</summary>
internal sealed record Shipping(Address? Address, string? Name, string? Phone, string? Carrier, string? TrackingNumber)
{
    /// <summary>Reads <c>shipping[...]</c>: null when absent (keep), <see cref="Unset"/> when set to empty.</summary>
    public static Shipping? Read(ParamReader parent, bool forCharge, out bool present)
    {
        var reader = parent.Object("shipping", out present);
        if (reader is null) return null;
        var addressReader = reader.Object("address", out _);
        var address = addressReader is null ? null : Address.Read(addressReader, null);
        var name = Address.NullIfEmpty(reader.String("name"));
        var phone = Address.NullIfEmpty(reader.String("phone"));
        string? carrier = null, tracking = null;
        if (forCharge)
        {
            carrier = Address.NullIfEmpty(reader.String("carrier"));
            tracking = Address.NullIfEmpty(reader.String("tracking_number"));
        }

        reader.ThrowIfUnknown();
        if (address is null) throw ApiErrors.MissingParameter("shipping[address]");
        if (name is null) throw ApiErrors.MissingParameter("shipping[name]");
        return new Shipping(address, name, phone, carrier, tracking);
    }

    public static void Write(Utf8JsonWriter writer, Shipping? shipping, bool forCharge)
    {
        if (shipping is null)
        {
            writer.WriteNull("shipping");
            return;
        }

        writer.WriteStartObject("shipping");
        Address.Write(writer, "address", shipping.Address);
        if (forCharge) Json.String(writer, "carrier", shipping.Carrier);
        Json.String(writer, "name", shipping.Name);
        Json.String(writer, "phone", shipping.Phone);
        if (forCharge) Json.String(writer, "tracking_number", shipping.TrackingNumber);
        writer.WriteEndObject();
    }
}
