namespace Polvo.PowerShell.Stripe.Output;

/// <summary>
/// One output object as host-neutral code produces it: the entity and the PSTypeName the cmdlet layer inserts
/// when it wraps the entity in a PSObject.
/// </summary>
/// <param name="Value">The entity, such as a Customer.</param>
/// <param name="TypeName">The PSTypeName, one of <see cref="StripeTypeNames"/>.</param>
internal sealed record StripeOutput(object Value, string TypeName);
