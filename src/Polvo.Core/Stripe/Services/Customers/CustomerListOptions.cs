using Polvo.Stripe.Http;

namespace Polvo.Stripe.Services;

/// <summary>Options of <see cref="CustomerService.ListAsync"/> (<c>GET /v1/customers</c>).</summary>
public sealed class CustomerListOptions : ListOptions
{
    /// <summary>Gets or sets the exact email address to filter by (case-sensitive).</summary>
    /// <value>The default value is <see langword="null"/>: any email.</value>
    public string? Email { get; set; }

    /// <inheritdoc/>
    protected override void AddOwnParameters(ParameterBuilder parameters)
    {
        base.AddOwnParameters(parameters);
        parameters.Add("email", Email);
    }
}
