namespace Polvo.Stripe.Http;

/// <summary>An options object that writes its values as Stripe request parameters (no reflection).</summary>
public interface IStripeParameters
{
    /// <summary>Adds this object's values to <paramref name="parameters"/>.</summary>
    /// <param name="parameters">The builder to add to; unset values are simply not added.</param>
    void AddParameters(ParameterBuilder parameters);
}
