namespace Polvo.PowerShell.Stripe.Completion;

/// <summary>
/// The fields <c>-Expand</c> accepts per resource: the <c>x-expandableFields</c> of the resource's schema in
/// specs/stripe/spec3.json (API version 2020-08-27), offered by tab completion.
/// </summary>
internal static class StripeExpandableFields
{
    /// <summary>The expandable fields of a customer.</summary>
    public static IReadOnlyList<string> Customer { get; } =
    [
        "address", "default_source", "discount", "invoice_settings", "shipping", "sources", "subscriptions", "tax",
        "tax_ids", "test_clock",
    ];

    /// <summary>The expandable fields of a charge.</summary>
    public static IReadOnlyList<string> Charge { get; } =
    [
        "application", "application_fee", "balance_transaction", "billing_details", "customer",
        "failure_balance_transaction", "fraud_details", "invoice", "on_behalf_of", "order", "outcome",
        "payment_intent", "payment_method_details", "refunds", "review", "shipping", "source_transfer", "transfer",
        "transfer_data",
    ];

    /// <summary>The expandable fields of the resource a command reads (by its noun), or none for another command.</summary>
    /// <param name="commandName">The command name, such as <c>Get-PolvoStripeCustomer</c> (a module-qualified name too).</param>
    public static IReadOnlyList<string> For(string? commandName) => commandName switch
    {
        not null when commandName.EndsWith("StripeCustomer", StringComparison.OrdinalIgnoreCase) => Customer,
        not null when commandName.EndsWith("StripeCharge", StringComparison.OrdinalIgnoreCase) => Charge,
        not null => Generated(commandName),
        _ => [],
    };

    /// <summary>The fields of a generated cmdlet's noun (Verb-PolvoStripeNoun, possibly module-qualified).</summary>
    private static IReadOnlyList<string> Generated(string commandName)
    {
        int start = commandName.IndexOf("-PolvoStripe", StringComparison.OrdinalIgnoreCase);
        return start >= 0 && Cmdlets.Stripe.Generated.GeneratedExpandableFields.ByNoun.TryGetValue(commandName[(start + "-PolvoStripe".Length)..], out var fields)
            ? fields
            : [];
    }
}
