using Polvo.Stripe.Services;

namespace Polvo.PowerShell.Stripe.Charges;

/// <summary>One pipeline item of Complete-PolvoStripeCharge: the charge to capture and the fields the capture sets.</summary>
internal sealed record ChargeCaptureRequest
{
    /// <summary>The most characters Stripe takes in a statement descriptor.</summary>
    public const int StatementDescriptorMaxLength = 22;

    /// <summary>The charge id.</summary>
    public string? Id { get; init; }

    /// <summary>The amount to capture, at most the authorized amount; null captures all of it.</summary>
    public long? Amount { get; init; }

    /// <summary>The email the receipt goes to.</summary>
    public string? ReceiptEmail { get; init; }

    /// <summary>The statement descriptor of the capture.</summary>
    public string? StatementDescriptor { get; init; }

    /// <summary>The idempotency key of this item's request, or null for a generated one.</summary>
    public string? IdempotencyKey { get; init; }

    /// <summary>The names of the fields this request sets.</summary>
    public IReadOnlyList<string> ChangedFields() =>
        new (string Name, bool Set)[] { ("amount", Amount is not null), ("receipt_email", ReceiptEmail is not null), ("statement_descriptor", StatementDescriptor is not null) }
            .Where(f => f.Set).Select(f => f.Name).ToList();

    /// <summary>
    /// Checks the fields before anything is sent. Done here rather than by validation attributes: the parameters bind
    /// by property name, and a piped charge's null or unrelated value must not fail the item before it is ignored.
    /// </summary>
    /// <exception cref="ArgumentException">A field is invalid; the message names its parameter.</exception>
    public ChargeCaptureRequest Validate()
    {
        if (Amount is < 1)
        {
            throw new ArgumentException($"-Amount must be at least 1 (the smallest currency unit); it was {Amount}. Leave -Amount out to capture the whole authorized amount.", "Amount");
        }

        if (StatementDescriptor is { Length: 0 or > StatementDescriptorMaxLength })
        {
            throw new ArgumentException($"-StatementDescriptor must be 1 to {StatementDescriptorMaxLength} characters; it has {StatementDescriptor.Length}. Shorten it, or leave it out to use the account's.", "StatementDescriptor");
        }

        return this;
    }

    /// <summary>The capture options: only the fields given.</summary>
    public ChargeCaptureOptions ToOptions() => new() { Amount = Amount, ReceiptEmail = ReceiptEmail, StatementDescriptor = StatementDescriptor };

    /// <summary>The TargetObject of this item's error: the id when there is one, else the item itself.</summary>
    public object Target => (object?)Id ?? this;

    /// <summary>The id, for an error's target.</summary>
    public override string ToString() => Id ?? "(no id)";
}
