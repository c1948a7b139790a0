namespace Polvo.Stripe.Services;

/// <summary>A customer's tax status, sent as <c>none</c>, <c>exempt</c> or <c>reverse</c>.</summary>
public enum CustomerTaxExempt
{
    /// <summary>Taxed normally (<c>none</c>).</summary>
    None,

    /// <summary>Tax exempt (<c>exempt</c>).</summary>
    Exempt,

    /// <summary>Reverse charge (<c>reverse</c>).</summary>
    Reverse,
}
