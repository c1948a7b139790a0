namespace Polvo.Stripe.Services;

/// <summary>Options of <see cref="ChargeService.UpdateAsync"/> (<c>POST /v1/charges/{id}</c>); only set fields change.</summary>
public sealed class ChargeUpdateOptions : ChargeWriteOptions
{
}
