using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Polvo.Stripe.Entities;

namespace Polvo.PowerShell.Cmdlets.Views;

/// <summary>The compact JSON of a model value as Stripe sends it (snake_case names), for the text of a nested view.</summary>
internal static class StripeJsonText
{
    // Types outside Polvo's source-generated context (rare: every model type is reachable from it) are written by
    // reflection with the same naming.
    private static readonly JsonSerializerOptions Fallback = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
    };

    /// <summary>The compact JSON of <paramref name="value"/>.</summary>
    public static string Of(object value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value is JsonElement element)
        {
            return element.GetRawText();
        }

        JsonTypeInfo? info = StripeJsonContext.Default.GetTypeInfo(value.GetType());
        return info is not null ? JsonSerializer.Serialize(value, info) : JsonSerializer.Serialize(value, value.GetType(), Fallback);
    }
}
