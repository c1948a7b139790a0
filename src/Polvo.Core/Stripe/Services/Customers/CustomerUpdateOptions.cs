using Polvo.Stripe.Http;

namespace Polvo.Stripe.Services;

/// <summary>Options of <see cref="CustomerService.UpdateAsync"/> (<c>POST /v1/customers/{id}</c>); only set fields change.</summary>
public sealed class CustomerUpdateOptions : CustomerWriteOptions
{
    /// <summary>Gets or sets the id of the default payment source.</summary>
    /// <value>The default value is <see langword="null"/>: not sent.</value>
    public string? DefaultSource { get; set; }

    /// <inheritdoc/>
    protected override void AddOwnParameters(ParameterBuilder parameters)
    {
        base.AddOwnParameters(parameters);
        parameters.Add("default_source", DefaultSource);
    }
}
