using System.Collections;
using System.Management.Automation;
using Polvo.Stripe.Services;

namespace Polvo.PowerShell.Stripe.Shipping;

/// <summary>
/// Reads a -Shipping hashtable (keys in Stripe's spelling or PowerShell's: <c>postal_code</c> or <c>PostalCode</c>)
/// into Core's options, checking Stripe's rules before any request: only the fields the resource has, and a name and
/// an address. Errors name -Shipping and show a value that works.
/// </summary>
internal static class ShippingParameter
{
    private const string Example = "for example -Shipping @{ Name = 'Jo Doe'; Phone = '+351210000000'; Address = @{ Line1 = '1 Rua Augusta'; City = 'Lisboa'; PostalCode = '1100-048'; Country = 'PT' } }";
    private static readonly string[] CustomerFields = ["name", "phone", "address"];
    private static readonly string[] ChargeFields = ["name", "phone", "address", "carrier", "trackingnumber"];
    private static readonly string[] AddressFields = ["line1", "line2", "city", "state", "postalcode", "country"];

    /// <summary>A customer's shipping (name, phone, address), or null when <paramref name="shipping"/> is null.</summary>
    /// <exception cref="ArgumentException">An unknown field, or the name or address is missing.</exception>
    public static ShippingOptions? ToCustomer(IDictionary? shipping)
    {
        var fields = Read(shipping, CustomerFields, "a customer's shipping takes only Name, Phone and Address (Carrier and TrackingNumber belong to a charge's shipping)");
        return fields is null ? null : new ShippingOptions { Name = Text(fields, "name"), Phone = Text(fields, "phone"), Address = Address(fields) };
    }

    /// <summary>A charge's shipping (name, phone, address, carrier, tracking number), or null when <paramref name="shipping"/> is null.</summary>
    /// <exception cref="ArgumentException">An unknown field, or the name or address is missing.</exception>
    public static ChargeCreateShippingOptions? ToCharge(IDictionary? shipping)
    {
        var fields = Read(shipping, ChargeFields, "a charge's shipping takes Name, Phone, Address, Carrier and TrackingNumber");
        return fields is null ? null : new ChargeCreateShippingOptions
        {
            Name = Text(fields, "name"),
            Phone = Text(fields, "phone"),
            Address = Address(fields),
            Carrier = Text(fields, "carrier"),
            TrackingNumber = Text(fields, "trackingnumber"),
        };
    }

    private static Dictionary<string, object?>? Read(IDictionary? shipping, string[] allowed, string allowedText)
    {
        if (shipping is null)
        {
            return null;
        }

        var fields = Normalize(shipping, allowed, "-Shipping", allowedText);
        if (string.IsNullOrWhiteSpace(Text(fields, "name")) || !fields.ContainsKey("address"))
        {
            throw new ArgumentException($"-Shipping needs both Name and Address (Stripe requires them); {Example}.", "Shipping");
        }

        return fields;
    }

    private static AddressOptions Address(Dictionary<string, object?> fields)
    {
        IDictionary address = Unwrap(fields["address"]) switch
        {
            IDictionary map => map,
            PSObject { BaseObject: PSCustomObject } custom => custom.Properties.ToDictionary(p => p.Name, p => p.Value, StringComparer.OrdinalIgnoreCase),
            _ => throw new ArgumentException($"-Shipping Address must be a hashtable; {Example}.", "Shipping"),
        };
        var lines = Normalize(address, AddressFields, "-Shipping Address", "an address takes Line1, Line2, City, State, PostalCode and Country");
        return new AddressOptions
        {
            Line1 = Text(lines, "line1"),
            Line2 = Text(lines, "line2"),
            City = Text(lines, "city"),
            State = Text(lines, "state"),
            PostalCode = Text(lines, "postalcode"),
            Country = Text(lines, "country"),
        };
    }

    // Keys compare without case and underscores, so postal_code, PostalCode and postalcode are one field.
    private static Dictionary<string, object?> Normalize(IDictionary map, string[] allowed, string what, string allowedText)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (DictionaryEntry entry in map)
        {
            string key = Convert.ToString(entry.Key, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
            string normalized = key.Replace("_", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
            if (!allowed.Contains(normalized))
            {
                throw new ArgumentException($"{what} has no field '{key}': {allowedText}.", "Shipping");
            }

            result[normalized] = entry.Value;
        }

        return result;
    }

    private static string? Text(Dictionary<string, object?> fields, string key) =>
        fields.TryGetValue(key, out object? value) && Unwrap(value) is { } text ? Convert.ToString(text, System.Globalization.CultureInfo.InvariantCulture) : null;

    private static object? Unwrap(object? value) => value is PSObject { BaseObject: not PSCustomObject } wrapped ? wrapped.BaseObject : value;
}
