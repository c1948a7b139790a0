using System.Collections;
using System.Reflection;
using System.Text;
using System.Text.Json;
using Polvo.Stripe.Services;

namespace Polvo.Core.Tests.Stripe.Generated;

/// <summary>
/// Builds an options object with every property set (nested objects filled, lists with one item), choosing enum values
/// from the description: the C# property <c>PostalCode</c> is matched to the parameter <c>postal_code</c> by name.
/// </summary>
internal static class OptionsSamples
{
    /// <summary>Every property set; with <paramref name="clear"/>, every clearable property cleared instead of set.</summary>
    public static object Build(Type type, IReadOnlyDictionary<string, JsonElement> parameters, bool clear)
    {
        var options = Activator.CreateInstance(type)!;
        Fill(options, parameters, clear, depth: 0);
        return options;
    }

    /// <summary>Whether <paramref name="type"/> has a clear flag of its own.</summary>
    public static bool HasClearFlags(Type type) => type.GetProperties().Any(p => p.Name.StartsWith("Clear", StringComparison.Ordinal) && p.PropertyType == typeof(bool));

    public static string Pascal(string name) =>
        string.Concat(name.Split(['_', '.', '-', ' '], StringSplitOptions.RemoveEmptyEntries).Select(p => char.ToUpperInvariant(p[0]) + p[1..])) is var s && char.IsDigit(s[0]) ? "N" + s : s;

    private static void Fill(object target, IReadOnlyDictionary<string, JsonElement> schemaByName, bool clear, int depth)
    {
        var byPascal = schemaByName.ToDictionary(p => Pascal(p.Key), p => p.Value, StringComparer.Ordinal);
        foreach (var property in target.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite))
        {
            var name = property.Name;
            if (name.StartsWith("Clear", StringComparison.Ordinal) && property.PropertyType == typeof(bool) && byPascal.ContainsKey(name["Clear".Length..]))
            {
                property.SetValue(target, clear);
                continue;
            }

            var clearable = target.GetType().GetProperty("Clear" + name) is { PropertyType.Name: "Boolean" };
            if (clear && clearable)
            {
                continue; // the clear flag sends the empty value instead
            }

            object? value = name switch
            {
                nameof(StripeOptions.ExtraParameters) or nameof(ListOptions.EndingBefore) => null,
                nameof(ListOptions.Limit) when target is ListOptions or SearchOptions => 10L,
                nameof(ListOptions.StartingAfter) when target is ListOptions => "obj_1",
                nameof(SearchOptions.Query) when target is SearchOptions => "metadata['a']:'b'",
                nameof(SearchOptions.Page) when target is SearchOptions => "page_1",
                nameof(ListOptions.ReadAhead) when target is ListOptions or SearchOptions => Skip, // how the pager requests pages, never sent
                _ when target is ExportOptions && name is nameof(ExportOptions.CreatedAfter) or nameof(ExportOptions.CreatedBefore) or nameof(ExportOptions.PageSize) or nameof(ExportOptions.MaxConcurrency) => Skip,
                _ => byPascal.TryGetValue(name, out var schema) ? Sample(property.PropertyType, schema, clear, depth)
                    : throw new InvalidOperationException($"{target.GetType().Name}.{name} matches no parameter of the description"),
            };
            if (!ReferenceEquals(value, Skip))
            {
                property.SetValue(target, value);
            }
        }
    }

    private static readonly object Skip = new();

    private static object? Sample(Type type, JsonElement schema, bool clear, int depth)
    {
        if (depth > 10)
        {
            throw new InvalidOperationException("Options nest deeper than the description does.");
        }

        schema = Variant(SpecFiles.Resolve(schema), type);
        var target = Nullable.GetUnderlyingType(type) ?? type;
        if (target == typeof(string))
        {
            return schema.TryGetProperty("enum", out var values) ? values.EnumerateArray().Select(v => v.GetString()).First(v => v != string.Empty) : "x";
        }

        if (target == typeof(long))
        {
            return 1L;
        }

        if (target == typeof(decimal))
        {
            return 1.5m;
        }

        if (target == typeof(bool))
        {
            return true;
        }

        if (target == typeof(DateTimeOffset))
        {
            return DateTimeOffset.FromUnixTimeSeconds(1_600_000_000);
        }

        if (target == typeof(DateRangeFilter))
        {
            return new DateRangeFilter { Gt = DateTimeOffset.FromUnixTimeSeconds(1), Lte = DateTimeOffset.FromUnixTimeSeconds(2) };
        }

        if (target == typeof(object))
        {
            return "x";
        }

        if (target == typeof(Dictionary<string, string?>))
        {
            return new Dictionary<string, string?> { ["key"] = "value" };
        }

        if (target == typeof(Dictionary<string, object?>))
        {
            return new Dictionary<string, object?> { ["key"] = "value" };
        }

        if (target.IsGenericType && target.GetGenericTypeDefinition() == typeof(List<>))
        {
            var list = (IList)Activator.CreateInstance(target)!;
            list.Add(Sample(target.GetGenericArguments()[0], schema.GetProperty("items"), clear, depth + 1));
            return list;
        }

        var nested = Activator.CreateInstance(target)!;
        var properties = schema.GetProperty("properties").EnumerateObject().ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal);
        Fill(nested, properties, clear, depth + 1);
        return nested;
    }

    /// <summary>The form of an <c>anyOf</c> that a C# type stands for (the generator picks one form per parameter).</summary>
    public static JsonElement Variant(JsonElement schema, Type type)
    {
        if (!schema.TryGetProperty("anyOf", out var variants))
        {
            return schema;
        }

        var forms = variants.EnumerateArray().Select(SpecFiles.Resolve).Where(v => !(v.TryGetProperty("enum", out var e) && e.GetArrayLength() == 1 && e[0].GetString() == string.Empty)).ToList();
        var target = Nullable.GetUnderlyingType(type) ?? type;
        string wanted = target == typeof(string) ? "string" : target == typeof(long) || target == typeof(DateTimeOffset) ? "integer"
            : target == typeof(bool) ? "boolean" : target == typeof(decimal) ? "number"
            : target.IsGenericType && target.GetGenericTypeDefinition() == typeof(List<>) ? "array" : "object";
        return forms.FirstOrDefault(f => f.TryGetProperty("type", out var t) && t.GetString() == wanted && (wanted != "object" || f.TryGetProperty("properties", out _) == !target.Name.StartsWith("Dictionary", StringComparison.Ordinal)))
            is { ValueKind: JsonValueKind.Object } match ? match : forms[0];
    }

    public static string Describe(IEnumerable<KeyValuePair<string, string>> pairs) =>
        pairs.Aggregate(new StringBuilder(), (b, p) => b.Append(p.Key).Append('=').Append(p.Value).Append('&')).ToString();
}
