namespace Polvo.Stripe.Entities;

/// <summary>
/// An object whose <c>object</c> name this version of Polvo does not know, in a field that holds one of several kinds of
/// object: its id and type name are read, and every other field is kept in <see cref="StripeEntity.ExtensionData"/>.
/// </summary>
public sealed class UnknownStripeEntity : StripeEntity
{
}
