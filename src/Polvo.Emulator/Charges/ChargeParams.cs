using Polvo.Emulator.Http;
using Polvo.Emulator.Objects;

namespace Polvo.Emulator.Charges;

/// <summary>Reads and checks the parameters of charge create and update before anything changes.</summary>
internal static class ChargeParams
{
    /// <summary>What a create asks for; the card is resolved from <c>source</c> (or the customer's default card).</summary>
    internal sealed record CreateRequest(long Amount, string Currency, string? CustomerId, TestCard Card, bool Capture, Func<ChargeRecord, ChargeRecord> Change);

    public static CreateRequest ReadCreate(ParamReader r)
    {
        var amount = r.Long("amount") ?? throw ApiErrors.MissingParameter("amount");
        var currency = ReadCurrency(r);
        if (amount < 50) throw ApiErrors.BadRequest($"Amount must be at least 50 cents ({currency} minor units).", "amount", "amount_too_small");
        if (amount > 99_999_999) throw ApiErrors.BadRequest("Amount must be no more than 99,999,999 minor units.", "amount", "amount_too_large");
        var customer = Text.Optional(r, "customer");
        var source = Text.Optional(r, "source");
        if (customer is null && source is null) throw ApiErrors.BadRequest("Must provide source or customer.", "source", "parameter_missing");
        TestCard card = TestCard.Visa;
        if (source is not null && !TestCard.Tokens.TryGetValue(source, out card!))
        {
            throw ApiErrors.NoSuch(source.StartsWith("tok_", StringComparison.Ordinal) ? "token" : "source", source, "source", 400);
        }

        var capture = r.Bool("capture") ?? true;
        var descriptor = Descriptor(r, "statement_descriptor");
        var suffix = Descriptor(r, "statement_descriptor_suffix");
        var update = ReadUpdate(r, allowCustomer: false);
        return new CreateRequest(amount, currency, customer, card, capture,
            c => update(c with { StatementDescriptor = descriptor, StatementDescriptorSuffix = suffix }));
    }

    /// <summary>The fields both create and update take.</summary>
    public static Func<ChargeRecord, ChargeRecord> ReadUpdate(ParamReader r, bool allowCustomer)
    {
        var changes = new List<Func<ChargeRecord, ChargeRecord>>();
        if (r.Has("description")) { var v = Text.Optional(r, "description", 40000); changes.Add(c => c with { Description = v }); }
        if (r.Has("receipt_email")) { var v = Text.Email(r, "receipt_email"); changes.Add(c => c with { ReceiptEmail = v }); }
        if (r.Has("transfer_group")) { var v = Text.Optional(r, "transfer_group"); changes.Add(c => c with { TransferGroup = v }); }
        var shipping = Shipping.Read(r, forCharge: true, out var shippingPresent);
        if (shippingPresent) changes.Add(c => c with { Shipping = shipping });
        if (r.Object("fraud_details", out _) is { } fraud)
        {
            var report = fraud.String("user_report");
            if (report is not ("safe" or "fraudulent" or "")) throw ApiErrors.BadRequest("Invalid fraud_details[user_report]: must be safe or fraudulent.", "fraud_details[user_report]");
            fraud.ThrowIfUnknown();
            changes.Add(c => c with { UserReport = report.Length == 0 ? null : report });
        }

        if (allowCustomer && r.Has("customer")) { var v = Text.Optional(r, "customer"); changes.Add(c => c with { CustomerId = v ?? c.CustomerId }); }
        var metadata = Metadata.Read(r);
        if (metadata is not null) changes.Add(c => c with { Metadata = Metadata.Apply(c.Metadata, metadata) });
        return c => changes.Aggregate(c, (current, change) => change(current));
    }

    private static string ReadCurrency(ParamReader r)
    {
        var currency = r.String("currency");
        if (string.IsNullOrEmpty(currency)) throw ApiErrors.MissingParameter("currency");
        var lower = currency.ToLowerInvariant();
        if (lower.Length != 3 || lower.AsSpan().IndexOfAnyExceptInRange('a', 'z') >= 0)
        {
            throw ApiErrors.BadRequest($"Invalid currency: {ApiErrors.Shorten(currency)}. Use a three-letter ISO currency code in lowercase, such as usd or eur.", "currency");
        }

        return lower;
    }

    private static string? Descriptor(ParamReader r, string name)
    {
        var value = Text.Optional(r, name);
        return value is null || value.Length <= 22
            ? value
            : throw ApiErrors.BadRequest($"Invalid {name}: it can be at most 22 characters long.", name);
    }
}
