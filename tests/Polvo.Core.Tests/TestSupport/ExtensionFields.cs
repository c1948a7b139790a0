using System.Collections;
using System.Reflection;
using System.Text.Json;
using Polvo.Stripe.Entities;

namespace Polvo.Core.Tests.TestSupport;

/// <summary>Finds the fields a typed Stripe object kept untyped, for lossless round-trip tests.</summary>
internal static class ExtensionFields
{
    /// <summary>The paths of the fields kept in an <see cref="IStripeExtensible.ExtensionData"/> anywhere in the object graph.</summary>
    public static IEnumerable<string> Paths(object? value, string path) => Paths(value, path, static (_, _) => true);

    /// <summary>
    /// The paths of the kept fields that <paramref name="counts"/> (given the object's type and the field's name) says
    /// should have been typed.
    /// </summary>
    public static IEnumerable<string> Paths(object? value, string path, Func<Type, string, bool> counts)
    {
        switch (value)
        {
            case null or string or JsonElement:
                yield break;
            case IStripeExtensible extensible:
                foreach (var name in (extensible.ExtensionData?.Keys ?? Enumerable.Empty<string>()).Where(name => counts(value.GetType(), name)))
                {
                    yield return path + "." + name;
                }

                foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0 && p.Name != nameof(IStripeExtensible.ExtensionData)))
                {
                    foreach (var inner in Paths(property.GetValue(value), path + "." + property.Name, counts))
                    {
                        yield return inner;
                    }
                }

                break;
            case IDictionary map:
                foreach (DictionaryEntry entry in map)
                {
                    foreach (var inner in Paths(entry.Value, $"{path}[{entry.Key}]", counts))
                    {
                        yield return inner;
                    }
                }

                break;
            case IEnumerable items:
                var index = 0;
                foreach (var item in items)
                {
                    foreach (var inner in Paths(item, $"{path}[{index++}]", counts))
                    {
                        yield return inner;
                    }
                }

                break;
            default:
                var type = value.GetType();
                if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Expandable<>))
                {
                    foreach (var inner in Paths(type.GetProperty("Value")!.GetValue(value), path, counts))
                    {
                        yield return inner;
                    }
                }

                break;
        }
    }
}
