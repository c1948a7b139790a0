using Polvo.PowerShell.Stripe.Paging;
using Polvo.Stripe.Entities;

namespace Polvo.PowerShell.Stripe.Customers;

/// <summary>The logic of Get-PolvoStripeCustomer: list (filters), search (query) or by id, streamed page by page.</summary>
internal sealed class GetCustomerOperation() : GetObjectsOperation<Customer>(StripeResources.Customers)
{
}
