using Polvo.Stripe.Http;

namespace Polvo.Stripe.Services;

/// <summary>Options of <see cref="ChargeService.ExportAsync"/>.</summary>
public sealed class ChargeExportOptions : ExportOptions
{
    /// <summary>Gets or sets a customer id to export only that customer's charges.</summary>
    /// <value>The default value is <see langword="null"/>: every charge.</value>
    public string? Customer { get; set; }

    /// <inheritdoc/>
    protected override void AddOwnParameters(ParameterBuilder parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        parameters.Add("customer", Customer);
    }
}
