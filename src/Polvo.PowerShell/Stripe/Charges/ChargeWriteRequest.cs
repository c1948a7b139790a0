using System.Collections;
using Polvo.PowerShell.Stripe.Shipping;
using Polvo.Stripe.Services;

namespace Polvo.PowerShell.Stripe.Charges;

/// <summary>One pipeline item of Set-PolvoStripeCharge.</summary>
internal sealed record ChargeWriteRequest
{
    /// <summary>The charge id.</summary>
    public string? Id { get; init; }

    /// <summary>The description.</summary>
    public string? Description { get; init; }

    /// <summary>The email the receipt goes to.</summary>
    public string? ReceiptEmail { get; init; }

    /// <summary>Metadata to set; a key with an empty or null value is removed.</summary>
    public IDictionary? Metadata { get; init; }

    /// <summary>The shipping fields (name, phone, address, carrier, tracking number), as the -Shipping hashtable.</summary>
    public IDictionary? Shipping { get; init; }

    /// <summary>The idempotency key of this item's request, or null for a generated one.</summary>
    public string? IdempotencyKey { get; init; }

    /// <summary>The names of the fields this request sets.</summary>
    public IReadOnlyList<string> ChangedFields() =>
        new (string Name, bool Set)[] { ("description", Description is not null), ("receipt_email", ReceiptEmail is not null), ("metadata", Metadata is { Count: > 0 }), ("shipping", Shipping is not null) }
            .Where(f => f.Set).Select(f => f.Name).ToList();

    /// <summary>Checks the fields before anything is sent (shipping: only Stripe's fields, with a name and an address).</summary>
    /// <exception cref="ArgumentException">A field is invalid; the message names its parameter.</exception>
    public ChargeWriteRequest Validate()
    {
        _ = ShippingParameter.ToCharge(Shipping);
        return this;
    }

    /// <summary>The update options.</summary>
    public ChargeUpdateOptions ToOptions() => new()
    {
        Description = Description,
        ReceiptEmail = ReceiptEmail,
        Metadata = MetadataConverter.ToStripe(Metadata),
        Shipping = ShippingParameter.ToCharge(Shipping),
    };

    /// <summary>The TargetObject of this item's error: the id when there is one, else the item itself.</summary>
    public object Target => (object?)Id ?? this;

    /// <summary>The id, for an error's target.</summary>
    public override string ToString() => Id ?? "(no id)";
}
