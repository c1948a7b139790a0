namespace Polvo.Emulator.Charges;

/// <summary>A test card behind one of Stripe's test tokens, and how a charge on it ends.</summary>
internal sealed record TestCard(string Brand, string Network, string Last4, string Funding, string Fingerprint)
{
    /// <summary>Stripe's <c>code</c> when a charge on this card fails; null when it succeeds.</summary>
    public string? FailureCode { get; init; }

    public string? DeclineCode { get; init; }

    public string? FailureMessage { get; init; }

    /// <summary>Whether a successful charge on this card is disputed at once (<c>tok_createDispute</c>).</summary>
    public bool CreatesDispute { get; init; }

    public static TestCard Visa { get; } = new("Visa", "visa", "4242", "credit", "Xt5EWLLDS7FJjR1c");

    /// <summary>Stripe's test tokens the emulator knows, by token.</summary>
    public static IReadOnlyDictionary<string, TestCard> Tokens { get; } = new Dictionary<string, TestCard>(StringComparer.Ordinal)
    {
        ["tok_visa"] = Visa,
        ["tok_visa_debit"] = new("Visa", "visa", "5556", "debit", "r7Jp3cLQsuwMWy9d"),
        ["tok_mastercard"] = new("MasterCard", "mastercard", "4444", "credit", "Bk1hKZ0y0tEw3y4Z"),
        ["tok_amex"] = new("American Express", "amex", "8431", "credit", "q1fmJ4Mq2a7Zq1Kx"),
        ["tok_chargeDeclined"] = Declined("0002", "card_declined", "generic_decline", "Your card was declined."),
        ["tok_chargeDeclinedInsufficientFunds"] = Declined("9995", "card_declined", "insufficient_funds", "Your card has insufficient funds."),
        ["tok_chargeDeclinedExpiredCard"] = Declined("0069", "expired_card", "expired_card", "Your card has expired."),
        ["tok_chargeDeclinedIncorrectCvc"] = Declined("0127", "incorrect_cvc", "incorrect_cvc", "Your card's security code is incorrect."),
        ["tok_createDispute"] = new("Visa", "visa", "0259", "credit", "dDisputeCard0259") { CreatesDispute = true },
    };

    /// <summary>Stripe's test payment methods (<c>pm_card_visa</c>, <c>pm_card_chargeDeclined</c>, ...): one per test token.</summary>
    public static IReadOnlyDictionary<string, TestCard> PaymentMethods { get; } =
        Tokens.ToDictionary(pair => "pm_card_" + pair.Key["tok_".Length..], pair => pair.Value, StringComparer.Ordinal);

    private static TestCard Declined(string last4, string code, string decline, string message) =>
        new("Visa", "visa", last4, "credit", "d" + last4 + "Decl1ned0") { FailureCode = code, DeclineCode = decline, FailureMessage = message };
}
