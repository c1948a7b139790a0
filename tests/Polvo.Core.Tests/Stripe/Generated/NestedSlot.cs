using System.Collections;
using System.Reflection;
using System.Text.Json;

namespace Polvo.Core.Tests.Stripe.Generated;

/// <summary>
/// A property of a nested options object set in a sample (<see cref="OptionsSamples"/>), found by walking the sample and
/// the operation's request schema together, so that every nested property the description has is reached (a property the
/// C# object lacks fails the walk). Its path is written as a user sets it (<c>LineItems[0].PriceData.Currency</c>) and as
/// Stripe names it (<c>line_items[0][price_data][currency]</c>).
/// </summary>
internal sealed record NestedSlot(object Holder, PropertyInfo Property, PropertyInfo? ClearFlag, string Path, string StripePath, string TopLevel, bool Required)
{
    /// <summary>Every property of every nested object set in <paramref name="options"/> (list elements included), parents first.</summary>
    public static List<NestedSlot> Find(object options, IReadOnlyDictionary<string, JsonElement> parameters)
    {
        var slots = new List<NestedSlot>();
        foreach (var (jsonName, schema) in parameters.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (options.GetType().GetProperty(OptionsSamples.Pascal(jsonName)) is { } property)
            {
                Walk(property.GetValue(options), property.PropertyType, schema, property.Name, jsonName, property.Name, slots);
            }
        }

        return slots;
    }

    public override string ToString() => Path;

    private static void Walk(object? value, Type type, JsonElement schema, string path, string stripePath, string topLevel, List<NestedSlot> slots)
    {
        if (value is null or string or IDictionary)
        {
            return;
        }

        schema = OptionsSamples.Variant(SpecFiles.Resolve(schema), type);
        if (value is IList list)
        {
            var elementType = type.GetGenericArguments()[0];
            for (var i = 0; i < list.Count; i++)
            {
                Walk(list[i], elementType, schema.GetProperty("items"), $"{path}[{i}]", $"{stripePath}[{i}]", topLevel, slots);
            }

            return;
        }

        if (!schema.TryGetProperty("properties", out var properties))
        {
            return;
        }

        var required = schema.TryGetProperty("required", out var names) ? names.EnumerateArray().Select(n => n.GetString()!).ToHashSet(StringComparer.Ordinal) : [];
        foreach (var child in properties.EnumerateObject())
        {
            var name = OptionsSamples.Pascal(child.Name);
            var property = value.GetType().GetProperty(name) ?? throw new InvalidOperationException($"{value.GetType().Name} has no {name} for {stripePath}[{child.Name}]");
            var clear = value.GetType().GetProperty("Clear" + name) is { PropertyType.Name: "Boolean" } flag ? flag : null;
            slots.Add(new NestedSlot(value, property, clear, path + "." + name, $"{stripePath}[{child.Name}]", topLevel, required.Contains(child.Name)));
            Walk(property.GetValue(value), property.PropertyType, child.Value, path + "." + name, $"{stripePath}[{child.Name}]", topLevel, slots);
        }
    }
}
