using System.Collections.Concurrent;
using System.Reflection;
using Polvo.Stripe.Entities;

namespace Polvo.PowerShell.Cmdlets.Views;

/// <summary>
/// The properties of a Stripe model type that a view shows, read once per type by reflection (so generated models
/// need nothing of their own): every public readable instance property, <c>Id</c> and <c>Object</c> first, except
/// <see cref="IStripeExtensible.ExtensionData"/>, whose fields the view shows as properties of their own.
/// </summary>
internal static class ViewMembers
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Cache = new();

    /// <summary>The properties of <paramref name="type"/> a view shows, in order.</summary>
    public static PropertyInfo[] Of(Type type) => Cache.GetOrAdd(type, static t => t
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.CanRead && p.GetIndexParameters().Length == 0 && p.GetMethod!.IsPublic)
        .Where(p => !(p.Name == nameof(IStripeExtensible.ExtensionData) && typeof(IStripeExtensible).IsAssignableFrom(t)))
        .OrderBy(p => p.Name switch { nameof(StripeEntity.Id) => 0, nameof(StripeEntity.Object) => 1, _ => 2 })
        .ToArray());

    /// <summary>
    /// The PowerShell name of a JSON field Polvo does not model: the PascalCase of Stripe's snake_case name, as the
    /// modelled properties beside it are named (<c>payment_method_details</c> is <c>PaymentMethodDetails</c>).
    /// </summary>
    public static string PascalCase(string jsonName)
    {
        var parts = jsonName.Split('_', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length == 0 ? jsonName : string.Concat(parts.Select(p => char.ToUpperInvariant(p[0]) + p[1..]));
    }
}
