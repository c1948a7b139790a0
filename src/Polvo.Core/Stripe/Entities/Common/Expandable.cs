namespace Polvo.Stripe.Entities;

/// <summary>
/// A field Stripe sends either as an id (<c>"cus_123"</c>) or, when the request asked for it with
/// <c>expand[]</c>, as the full object. <see cref="Id"/> is set in both cases.
/// </summary>
/// <typeparam name="T">The type of the expanded object.</typeparam>
public sealed class Expandable<T>
{
    /// <summary>Creates a reference by id only.</summary>
    /// <param name="id">The referenced object's id.</param>
    public Expandable(string id)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        Id = id;
    }

    /// <summary>Creates an expanded reference.</summary>
    /// <param name="id">The referenced object's id, or <see langword="null"/> if it has none.</param>
    /// <param name="value">The expanded object.</param>
    public Expandable(string? id, T value)
    {
        Id = id;
        Value = value;
        IsExpanded = true;
    }

    /// <summary>Gets the referenced object's id.</summary>
    public string? Id { get; }

    /// <summary>Gets the expanded object, or the default value when only the id was sent.</summary>
    public T? Value { get; }

    /// <summary>Gets whether the full object was sent.</summary>
    public bool IsExpanded { get; }

    /// <summary>Returns the id.</summary>
    /// <returns>The id, or an empty string.</returns>
    public override string ToString() => Id ?? string.Empty;
}
