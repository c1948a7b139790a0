namespace Polvo.Stripe.Services;

/// <summary>Options of <see cref="ChargeService.SearchAsync"/> (<c>GET /v1/charges/search</c>).</summary>
public sealed class ChargeSearchOptions : SearchOptions
{
}
