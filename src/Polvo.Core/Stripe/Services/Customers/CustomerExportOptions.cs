using Polvo.Stripe.Http;

namespace Polvo.Stripe.Services;

/// <summary>Options of <see cref="CustomerService.ExportAsync"/>.</summary>
public sealed class CustomerExportOptions : ExportOptions
{
    /// <summary>Gets or sets an email address to export only the customers that have it (case-sensitive, as Stripe matches).</summary>
    /// <value>The default value is <see langword="null"/>: every customer.</value>
    public string? Email { get; set; }

    /// <inheritdoc/>
    protected override void AddOwnParameters(ParameterBuilder parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        parameters.Add("email", Email);
    }
}
