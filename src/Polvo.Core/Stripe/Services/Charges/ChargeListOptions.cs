using Polvo.Stripe.Http;

namespace Polvo.Stripe.Services;

/// <summary>Options of <see cref="ChargeService.ListAsync"/> (<c>GET /v1/charges</c>).</summary>
public sealed class ChargeListOptions : ListOptions
{
    /// <summary>Gets or sets the customer id to filter by.</summary>
    /// <value>The default value is <see langword="null"/>: any customer.</value>
    public string? Customer { get; set; }

    /// <inheritdoc/>
    protected override void AddOwnParameters(ParameterBuilder parameters)
    {
        base.AddOwnParameters(parameters);
        parameters.Add("customer", Customer);
    }
}
