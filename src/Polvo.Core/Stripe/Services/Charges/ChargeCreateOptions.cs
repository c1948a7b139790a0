using Polvo.Stripe.Http;

namespace Polvo.Stripe.Services;

/// <summary>Options of <see cref="ChargeService.CreateAsync"/> (<c>POST /v1/charges</c>).</summary>
public sealed class ChargeCreateOptions : ChargeWriteOptions
{
    /// <summary>Gets or sets the amount in the smallest currency unit (for example cents). Required, positive.</summary>
    /// <value>The default value is 0, which is rejected.</value>
    public long Amount { get; set; }

    /// <summary>Gets or sets the three-letter currency code, such as <c>usd</c>. Required.</summary>
    /// <value>The default value is an empty string, which is rejected.</value>
    public string Currency { get; set; } = string.Empty;

    /// <summary>Gets or sets the payment source (token, card or source id), such as <c>tok_visa</c>.</summary>
    /// <value>The default value is <see langword="null"/>: the customer's default source.</value>
    public string? Source { get; set; }

    /// <summary>Gets or sets whether to capture now (<see langword="false"/> only authorizes).</summary>
    /// <value>The default value is <see langword="null"/>: Stripe's default, capture.</value>
    public bool? Capture { get; set; }

    /// <summary>Gets or sets the statement descriptor.</summary>
    /// <value>The default value is <see langword="null"/>: not sent.</value>
    public string? StatementDescriptor { get; set; }

    /// <summary>Gets or sets the statement descriptor suffix.</summary>
    /// <value>The default value is <see langword="null"/>: not sent.</value>
    public string? StatementDescriptorSuffix { get; set; }

    /// <summary>Gets or sets the application fee (Connect).</summary>
    /// <value>The default value is <see langword="null"/>: not sent.</value>
    public long? ApplicationFeeAmount { get; set; }

    /// <summary>Gets or sets the account the charge is made on behalf of (Connect).</summary>
    /// <value>The default value is <see langword="null"/>: not sent.</value>
    public string? OnBehalfOf { get; set; }

    /// <inheritdoc/>
    public override void Validate()
    {
        base.Validate();
        if (Amount <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(Amount), Amount, "Amount must be a positive integer in the smallest currency unit (for example 100 for $1.00).");
        }

        if (string.IsNullOrWhiteSpace(Currency))
        {
            throw new ArgumentException("Currency is required; give a three-letter code such as usd.", nameof(Currency));
        }
    }

    /// <inheritdoc/>
    protected override void AddOwnParameters(ParameterBuilder parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        parameters.Add("amount", Amount).Add("currency", Currency);
        base.AddOwnParameters(parameters);
        parameters.Add("source", Source).Add("capture", Capture).Add("statement_descriptor", StatementDescriptor)
            .Add("statement_descriptor_suffix", StatementDescriptorSuffix).Add("application_fee_amount", ApplicationFeeAmount)
            .Add("on_behalf_of", OnBehalfOf);
    }
}
