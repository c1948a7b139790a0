using Polvo.Emulator.Objects;
using Polvo.Emulator.Store;

namespace Polvo.Emulator.Customers;

/// <summary>A stored customer: the fields of Stripe's customer object that the emulator keeps.</summary>
internal sealed record CustomerRecord(string Id, int Seq, long Created) : IStoredRecord
{
    public string? Email { get; init; }

    public string? Name { get; init; }

    public string? Phone { get; init; }

    public string? Description { get; init; }

    public Address? Address { get; init; }

    public Shipping? Shipping { get; init; }

    public long Balance { get; init; }

    public string? Currency { get; init; }

    public required string InvoicePrefix { get; init; }

    public string TaxExempt { get; init; } = "none";

    public string[] PreferredLocales { get; init; } = [];

    public KeyValuePair<string, string>[] Metadata { get; init; } = Objects.Metadata.None;

    public long NextInvoiceSequence { get; init; } = 1;

    public string? InvoiceFooter { get; init; }

    public string? DefaultPaymentMethod { get; init; }
}
