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
        ["ch"] = "a charge",
        ["cus"] = "a customer",
        ["in"] = "an invoice",
        ["pi"] = "a payment intent",
        ["pm"] = "a payment method",
        ["price"] = "a price",
        ["prod"] = "a product",
        ["py"] = "a charge",
        ["re"] = "a refund",
        ["src"] = "a source",
        ["sub"] = "a subscription",
        ["txn"] = "a balance transaction",
    };

    /// <summary>
    /// Why <paramref name="id"/> cannot be the id of a <paramref name="noun"/> (whose ids start with
    /// <paramref name="prefix"/><c>_</c>), or null when it may be: it has that prefix, or no prefix of a known kind.
    /// </summary>
    public static string? Mismatch(string? id, string prefix, string noun)
    {
        string trimmed = (id ?? string.Empty).Trim();
        int underscore = trimmed.IndexOf('_', StringComparison.Ordinal);
        if (underscore <= 0 || !Kinds.TryGetValue(trimmed[..underscore], out string? kind) || trimmed[..underscore] == prefix)
        {
            return null;
        }

        return $"'{trimmed}' is the id of {kind}, not of a {noun} ({noun} ids start with {prefix}_). " +
            $"Give the {noun}'s id instead, such as the {noun[0].ToString().ToUpperInvariant()}{noun[1..]} property of a charge.";
    }
}
