namespace Polvo.Stripe.Services;

/// <summary>
/// A nested object of a request's options (such as <see cref="ShippingOptions"/>): its generated check, which the
/// options holding it call so that a nested object is validated at any depth before any request.
/// </summary>
internal interface INestedOptions
{
    /// <summary>Finds the first invalid value of this object or of the objects it holds.</summary>
    /// <returns>The problem, with its path relative to this object; <see langword="null"/> when every value is valid (nothing is allocated then).</returns>
    OptionsProblem? FindProblem();
}
