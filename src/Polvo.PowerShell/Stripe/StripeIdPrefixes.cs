namespace Polvo.PowerShell.Stripe;

/// <summary>
/// Recognizes which kind of Stripe object an id names by its prefix (<c>cus_</c>, <c>ch_</c>, ...), so a command
/// can refuse, before any request, an id of another kind: a charge's id given where a customer's is expected.
/// </summary>
internal static class StripeIdPrefixes
{
    private static readonly Dictionary<string, string> Kinds = new(StringComparer.Ordinal)
    {
        ["acct"] = "an account",
        ["card"] = "a card",
        ["cbtxn"] = "a customer balance transaction",
        ["ch"] = "a charge",
        ["cn"] = "a credit note",
        ["cs"] = "a checkout session",
        ["cus"] = "a customer",
        ["dp"] = "a dispute",
        ["evt"] = "an event",
        ["ii"] = "an invoice item",
        ["in"] = "an invoice",
        ["pi"] = "a payment intent",
        ["plink"] = "a payment link",
        ["pm"] = "a payment method",
        ["po"] = "a payout",
        ["price"] = "a price",
        ["prod"] = "a product",
        ["promo"] = "a promotion code",
        ["py"] = "a charge",
        ["re"] = "a refund",
        ["seti"] = "a setup intent",
        ["si"] = "a subscription item",
        ["src"] = "a source",
        ["sub"] = "a subscription",
        ["sub_sched"] = "a subscription schedule",
        ["tr"] = "a transfer",
        ["trr"] = "a transfer reversal",
        ["txi"] = "a tax id",
        ["txn"] = "a balance transaction",
        ["txr"] = "a tax rate",
        ["we"] = "a webhook endpoint",
    };

    /// <summary>
    /// Why <paramref name="id"/> cannot be the id of a <paramref name="noun"/> (whose ids start with
    /// <paramref name="prefix"/><c>_</c>), or null when it may be: it has that prefix, or no prefix of a known kind.
    /// </summary>
    public static string? Mismatch(string? id, string prefix, string noun)
    {
        string trimmed = (id ?? string.Empty).Trim();
        if (trimmed.StartsWith(prefix + "_", StringComparison.Ordinal) || KindOf(trimmed) is not { } kind)
        {
            return null;
        }

        return $"'{trimmed}' is the id of {kind}, not of a {noun} ({noun} ids start with {prefix}_). " +
            $"Give the {noun}'s id instead, such as the {noun[0].ToString().ToUpperInvariant()}{noun[1..]} property of a charge.";
    }

    /// <summary>The kind of object the id's prefix names (the longest known prefix: sub_sched_ before sub_), or null.</summary>
    private static string? KindOf(string id)
    {
        string? kind = null;
        for (int underscore = id.IndexOf('_', StringComparison.Ordinal); underscore > 0; underscore = id.IndexOf('_', underscore + 1))
        {
            if (Kinds.TryGetValue(id[..underscore], out string? longer))
            {
                kind = longer;
            }
        }

        return kind;
    }
}
