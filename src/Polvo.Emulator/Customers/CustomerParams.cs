using Polvo.Emulator.Http;
using Polvo.Emulator.Objects;

namespace Polvo.Emulator.Customers;

/// <summary>
/// Reads and checks the parameters of customer create and update, before anything changes, and returns the
/// change to apply (under the store lock) to a new or existing customer.
/// </summary>
internal static class CustomerParams
{
    public static Func<CustomerRecord, CustomerRecord> Read(ParamReader r)
    {
        var changes = new List<Func<CustomerRecord, CustomerRecord>>();
        if (r.Has("email")) { var v = Text.Email(r, "email"); changes.Add(c => c with { Email = v }); }
        if (r.Has("name")) { var v = Text.Optional(r, "name", 256); changes.Add(c => c with { Name = v }); }
        if (r.Has("phone")) { var v = Text.Optional(r, "phone", 20); changes.Add(c => c with { Phone = v }); }
        if (r.Has("description")) { var v = Text.Optional(r, "description", 350); changes.Add(c => c with { Description = v }); }
        if (r.Has("balance")) { var v = r.Long("balance")!.Value; changes.Add(c => c with { Balance = v }); }
        if (r.Has("address"))
        {
            var reader = r.Object("address", out _);
            var v = reader is null ? null : Address.Read(reader, null);
            changes.Add(c => c with { Address = v });
        }

        var shipping = Shipping.Read(r, forCharge: false, out var shippingPresent);
        if (shippingPresent) changes.Add(c => c with { Shipping = shipping });
        if (r.List("preferred_locales") is { } locales) changes.Add(c => c with { PreferredLocales = [.. locales] });
        if (r.Has("invoice_prefix")) { var v = InvoicePrefix(r); changes.Add(c => c with { InvoicePrefix = v ?? c.InvoicePrefix }); }
        if (r.Has("tax_exempt")) { var v = TaxExempt(r); changes.Add(c => c with { TaxExempt = v }); }
        if (r.Has("next_invoice_sequence")) { var v = NextSequence(r); changes.Add(c => c with { NextInvoiceSequence = v }); }
        ReadInvoiceSettings(r, changes);
        var metadata = Metadata.Read(r);
        if (metadata is not null) changes.Add(c => c with { Metadata = Metadata.Apply(c.Metadata, metadata) });
        return c => changes.Aggregate(c, (current, change) => change(current));
    }

    private static void ReadInvoiceSettings(ParamReader r, List<Func<CustomerRecord, CustomerRecord>> changes)
    {
        var settings = r.Object("invoice_settings", out _);
        if (settings is null) return;
        if (settings.Has("footer")) { var v = Text.Optional(settings, "footer", 5000); changes.Add(c => c with { InvoiceFooter = v }); }
        if (settings.Has("default_payment_method")) { var v = Text.Optional(settings, "default_payment_method"); changes.Add(c => c with { DefaultPaymentMethod = v }); }
        settings.ThrowIfUnknown();
    }

    private static string? InvoicePrefix(ParamReader r)
    {
        var value = r.String("invoice_prefix");
        if (string.IsNullOrEmpty(value)) return null;
        if (value.Length is < 3 or > 12 || value.AsSpan().IndexOfAnyExcept("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") >= 0)
        {
            throw ApiErrors.BadRequest("Invalid invoice_prefix: it must be 3 to 12 uppercase letters or digits.", "invoice_prefix");
        }

        return value;
    }

    private static string TaxExempt(ParamReader r)
    {
        var value = r.String("tax_exempt");
        return value is "none" or "exempt" or "reverse"
            ? value
            : throw ApiErrors.BadRequest($"Invalid tax_exempt: must be one of none, exempt or reverse (got '{ApiErrors.Shorten(value ?? "")}').", "tax_exempt");
    }

    private static long NextSequence(ParamReader r)
    {
        var value = r.Long("next_invoice_sequence")!.Value;
        return value >= 1 ? value : throw ApiErrors.BadRequest("This value must be greater than or equal to 1.", "next_invoice_sequence");
    }

    /// <summary>A random invoice prefix like Stripe's (8 uppercase hex characters).</summary>
    public static string NewInvoicePrefix() => Convert.ToHexString(Guid.NewGuid().ToByteArray(), 0, 4);
}
