using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Polvo.Stripe.Http;

/// <summary>
/// Encodes request parameters as Stripe expects (<c>application/x-www-form-urlencoded</c>):
/// <c>metadata[key]=value</c>, <c>expand[0]=a&amp;expand[1]=b</c>, <c>true</c>/<c>false</c>, numbers in
/// invariant culture, times as Unix seconds, enums as snake_case strings; <see langword="null"/> is
/// omitted and an empty string kept. Brackets stay readable; everything else is percent-encoded.
/// </summary>
public static class FormEncoder
{
    /// <summary>Flattens a parameter dictionary (values may be nested dictionaries, lists, <see cref="IStripeParameters"/>, ...).</summary>
    /// <param name="parameters">The parameters, or <see langword="null"/> for none.</param>
    /// <returns>The flat pairs, in the order given.</returns>
    public static IReadOnlyList<KeyValuePair<string, string>> Flatten(IEnumerable<KeyValuePair<string, object?>>? parameters)
    {
        var builder = new ParameterBuilder();
        foreach (var (name, value) in parameters ?? [])
        {
            AddValue(builder, name, value);
        }

        return builder.Pairs;
    }

    /// <summary>Writes flat pairs as a form body or query string, without a leading <c>?</c>.</summary>
    /// <param name="pairs">The pairs.</param>
    /// <returns>For example <c>metadata[order]=42&amp;expand[0]=customer</c>.</returns>
    public static string Encode(IEnumerable<KeyValuePair<string, string>> pairs)
    {
        var text = new StringBuilder();
        foreach (var (name, value) in pairs)
        {
            if (text.Length > 0)
            {
                text.Append('&');
            }

            text.Append(Escape(name)).Append('=').Append(Escape(value));
        }

        return text.ToString();
    }

    /// <summary>Flattens and encodes in one step.</summary>
    /// <param name="parameters">The parameters, or <see langword="null"/> for none.</param>
    /// <returns>The encoded form.</returns>
    public static string Encode(IEnumerable<KeyValuePair<string, object?>>? parameters) => Encode(Flatten(parameters));

    internal static void AddValue(ParameterBuilder builder, string name, object? value)
    {
        switch (value)
        {
            case null:
                return;
            case string text:
                builder.Add(name, text);
                return;
            case bool flag:
                builder.Add(name, flag);
                return;
            case DateTimeOffset time:
                builder.Add(name, time);
                return;
            case DateTime time:
                builder.Add(name, new DateTimeOffset(time.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(time, DateTimeKind.Utc) : time));
                return;
            case Enum member:
                builder.Add(name, JsonNamingPolicy.SnakeCaseLower.ConvertName(member.ToString()));
                return;
            case IStripeParameters nested:
                builder.AddObject(name, nested);
                return;
            case JsonElement element:
                AddJson(builder, name, element);
                return;
            case IDictionary map:
                var child = builder.Nested(name);
                foreach (DictionaryEntry entry in map)
                {
                    AddValue(child, Convert.ToString(entry.Key, CultureInfo.InvariantCulture)!, entry.Value);
                }

                return;
            case IEnumerable<KeyValuePair<string, object?>> pairs:
                var nestedPairs = builder.Nested(name);
                foreach (var (key, item) in pairs)
                {
                    AddValue(nestedPairs, key, item);
                }

                return;
            case IEnumerable list:
                var items = builder.Nested(name);
                var index = 0;
                foreach (var item in list)
                {
                    AddValue(items, (index++).ToString(CultureInfo.InvariantCulture), item);
                }

                return;
            case IFormattable formattable:
                builder.Add(name, formattable.ToString(null, CultureInfo.InvariantCulture));
                return;
            default:
                builder.Add(name, value.ToString());
                return;
        }
    }

    private static void AddJson(ParameterBuilder builder, string name, JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var child = builder.Nested(name);
                foreach (var property in element.EnumerateObject())
                {
                    AddJson(child, property.Name, property.Value);
                }

                break;
            case JsonValueKind.Array:
                var items = builder.Nested(name);
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    AddJson(items, (index++).ToString(CultureInfo.InvariantCulture), item);
                }

                break;
            case JsonValueKind.String:
                builder.Add(name, element.GetString());
                break;
            case JsonValueKind.True or JsonValueKind.False:
                builder.Add(name, element.GetBoolean());
                break;
            case JsonValueKind.Number:
                builder.Add(name, element.GetRawText());
                break;
        }
    }

    private static string Escape(string text) =>
        Uri.EscapeDataString(text).Replace("%5B", "[", StringComparison.Ordinal).Replace("%5D", "]", StringComparison.Ordinal);
}
