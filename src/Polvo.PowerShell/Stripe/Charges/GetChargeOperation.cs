using Polvo.PowerShell.Stripe.Paging;
using Polvo.Stripe.Entities;

namespace Polvo.PowerShell.Stripe.Charges;

/// <summary>The logic of Get-PolvoStripeCharge: list (customer, dates), search (query) or by id, streamed page by page.</summary>
internal sealed class GetChargeOperation() : GetObjectsOperation<Charge>(StripeResources.Charges)
{
}
