namespace Polvo.Emulator.Generic;

/// <summary>
/// A resource served by the generic engine: its <c>object</c> value, where its collection lives (path segments,
/// <c>{}</c> for the parent id of a nested collection), how its ids look and which fields search takes.
/// </summary>
internal sealed record ResourceType(string Object, string Collection, string IdPrefix, int IdLength = 24)
{
    /// <summary>The collection's path segments, such as <c>v1</c>, <c>customers</c>, <c>{}</c>, <c>tax_ids</c>.</summary>
    public string[] Segments { get; } = Collection.Split('/', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The field that holds the parent id of a nested collection, such as <c>customer</c> for tax ids.</summary>
    public string? ParentField { get; init; }

    /// <summary>Other collections that serve the same objects, such as <c>/v1/charges/{}/refunds</c> for refunds.</summary>
    public (string Collection, string ParentField)[] Aliases { get; init; } = [];

    /// <summary>The fields <c>/search</c> takes (Stripe's query fields); empty when the resource has no search.</summary>
    public string[] SearchFields { get; init; } = [];

    /// <summary>The event type prefix, such as <c>customer.subscription</c>; the object name when null.</summary>
    public string? EventPrefix { get; init; }

    public string EventType(string what) => (EventPrefix ?? Object) + "." + what;
}
