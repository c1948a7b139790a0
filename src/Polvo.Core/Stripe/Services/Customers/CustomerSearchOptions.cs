namespace Polvo.Stripe.Services;

/// <summary>Options of <see cref="CustomerService.SearchAsync"/> (<c>GET /v1/customers/search</c>).</summary>
public sealed class CustomerSearchOptions : SearchOptions
{
}
