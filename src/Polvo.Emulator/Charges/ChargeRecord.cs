using Polvo.Emulator.Objects;
using Polvo.Emulator.Store;

namespace Polvo.Emulator.Charges;

/// <summary>A stored charge: the fields of Stripe's charge object that the emulator keeps.</summary>
internal sealed record ChargeRecord(string Id, int Seq, long Created) : IStoredRecord
{
    public long Amount { get; init; }

    public required string Currency { get; init; }

    public string? CustomerId { get; init; }

    public string? Description { get; init; }

    public KeyValuePair<string, string>[] Metadata { get; init; } = Objects.Metadata.None;

    public string? ReceiptEmail { get; init; }

    public Shipping? Shipping { get; init; }

    /// <summary><c>fraud_details[user_report]</c>: <c>safe</c>, <c>fraudulent</c> or null.</summary>
    public string? UserReport { get; init; }

    public string? TransferGroup { get; init; }

    public string? StatementDescriptor { get; init; }

    public string? StatementDescriptorSuffix { get; init; }

    public bool Captured { get; init; } = true;

    /// <summary>The captured amount when a capture took less than <see cref="Amount"/>; null for the full amount.</summary>
    public long? CapturedAmount { get; init; }

    public long AmountRefunded { get; init; }

    /// <summary>The refunds made on this charge, as rendered when made (newest first).</summary>
    public System.Text.Json.Nodes.JsonObject[] Refunds { get; init; } = [];

    public string? PaymentIntentId { get; init; }

    public string? InvoiceId { get; init; }

    public string? DisputeId { get; init; }

    public required TestCard Card { get; init; }

    public bool Failed => Card.FailureCode is not null;

    /// <summary>The <c>card_...</c> id of the payment method, derived from the charge id.</summary>
    public string PaymentMethodId => "card_" + Id[3..];

    public string BalanceTransactionId => "txn_" + Id[3..];
}
