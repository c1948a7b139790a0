using Polvo.Stripe.Http;

namespace Polvo.Stripe.Services;

/// <summary>Options of <see cref="ChargeService.GetAsync"/> (<c>GET /v1/charges/{id}</c>): only <see cref="StripeOptions.Expand"/>.</summary>
public sealed class ChargeGetOptions : StripeOptions
{
    /// <inheritdoc/>
    protected override void AddOwnParameters(ParameterBuilder parameters)
    {
    }
}
