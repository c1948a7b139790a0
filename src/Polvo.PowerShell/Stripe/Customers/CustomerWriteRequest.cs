using System.Collections;
using Polvo.PowerShell.Stripe.Shipping;
using Polvo.Stripe.Services;

namespace Polvo.PowerShell.Stripe.Customers;

/// <summary>One pipeline item of New-, Set- or Remove-PolvoStripeCustomer (a CSV row, an object from Get-, or parameters).</summary>
internal sealed record CustomerWriteRequest
{
    /// <summary>The customer id (Set, Remove).</summary>
    public string? Id { get; init; }

    /// <summary>The email address.</summary>
    public string? Email { get; init; }

    /// <summary>The full name or business name.</summary>
    public string? Name { get; init; }

    /// <summary>The description.</summary>
    public string? Description { get; init; }

    /// <summary>The phone number.</summary>
    public string? Phone { get; init; }

    /// <summary>Metadata to set; a key with an empty or null value is removed.</summary>
    public IDictionary? Metadata { get; init; }

    /// <summary>The shipping fields (name, phone, address), as the -Shipping hashtable.</summary>
    public IDictionary? Shipping { get; init; }

    /// <summary>The idempotency key of this item's request, or null for a generated one.</summary>
    public string? IdempotencyKey { get; init; }

    /// <summary>The names of the fields this request sets, in Stripe's spelling, for -WhatIf and verbose text.</summary>
    public IReadOnlyList<string> ChangedFields() =>
        new (string Name, bool Set)[] { ("email", Email is not null), ("name", Name is not null), ("description", Description is not null), ("phone", Phone is not null), ("metadata", Metadata is { Count: > 0 }), ("shipping", Shipping is not null) }
            .Where(f => f.Set).Select(f => f.Name).ToList();

    /// <summary>Checks the fields before anything is sent (shipping: only Stripe's fields, with a name and an address).</summary>
    /// <exception cref="ArgumentException">A field is invalid; the message names its parameter.</exception>
    public CustomerWriteRequest Validate()
    {
        _ = ShippingParameter.ToCustomer(Shipping);
        return this;
    }

    /// <summary>Copies the set fields into <paramref name="options"/>.</summary>
    public CustomerCreateOptions Fill(CustomerCreateOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        (options.Email, options.Name, options.Description, options.Phone, options.Metadata, options.Shipping) = Fields();
        return options;
    }

    /// <summary>Copies the set fields into <paramref name="options"/>.</summary>
    public CustomerUpdateOptions Fill(CustomerUpdateOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        (options.Email, options.Name, options.Description, options.Phone, options.Metadata, options.Shipping) = Fields();
        return options;
    }

    // The generated create and update options share no base class, so both take the same fields from here.
    private (string?, string?, string?, string?, Dictionary<string, string?>?, ShippingOptions?) Fields() =>
        (Email, Name, Description, Phone, MetadataConverter.ToStripe(Metadata), ShippingParameter.ToCustomer(Shipping));

    /// <summary>
    /// The TargetObject of this item's error: the id when there is one, else the item's parameters with its
    /// IdempotencyKey (as a PSCustomObject), so <c>$failed.TargetObject | New-PolvoStripeCustomer</c> re-runs it
    /// with the same key.
    /// </summary>
    public object Target => (object?)Id ?? new Dictionary<string, object?>(StringComparer.Ordinal)
    {
        [nameof(Email)] = Email,
        [nameof(Name)] = Name,
        [nameof(Description)] = Description,
        [nameof(Phone)] = Phone,
        [nameof(Metadata)] = Metadata,
        [nameof(Shipping)] = Shipping,
        [nameof(IdempotencyKey)] = IdempotencyKey,
    }.Where(entry => entry.Value is not null).ToDictionary(StringComparer.Ordinal);

    /// <summary>Describes the item for an error's target and -WhatIf: the id, else the email or name.</summary>
    public override string ToString() => Id ?? Email ?? Name ?? "(new customer)";
}
