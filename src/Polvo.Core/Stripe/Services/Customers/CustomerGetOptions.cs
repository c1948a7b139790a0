using Polvo.Stripe.Http;

namespace Polvo.Stripe.Services;

/// <summary>Options of <see cref="CustomerService.GetAsync"/> (<c>GET /v1/customers/{id}</c>): only <see cref="StripeOptions.Expand"/>.</summary>
public sealed class CustomerGetOptions : StripeOptions
{
    /// <inheritdoc/>
    protected override void AddOwnParameters(ParameterBuilder parameters)
    {
    }
}
