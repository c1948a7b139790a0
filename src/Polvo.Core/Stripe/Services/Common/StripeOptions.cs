using Polvo.Stripe.Http;

namespace Polvo.Stripe.Services;

/// <summary>
/// The base of every operation's options: <see cref="ExtraParameters"/> for
/// parameters Polvo does not model, and validation run once when the operation is called.
/// </summary>
public abstract class StripeOptions : IStripeParameters
{
    /// <summary>Gets or sets further parameters sent as they are (nested dictionaries and lists are form-encoded).</summary>
    /// <value>The default value is <see langword="null"/>: none.</value>
    public Dictionary<string, object?>? ExtraParameters { get; set; }

    /// <inheritdoc/>
    public void AddParameters(ParameterBuilder parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        AddOwnParameters(parameters);
        foreach (var (name, value) in ExtraParameters ?? [])
        {
            parameters.AddValue(name, value);
        }
    }

    /// <summary>Checks the values; called once when the operation is called, before any request.</summary>
    /// <exception cref="ArgumentException">A value is invalid; the message names the property.</exception>
    public virtual void Validate()
    {
    }

    /// <summary>
    /// Whether <see cref="ExtraParameters"/> sends <paramref name="jsonName"/> (a non-null value): a required
    /// parameter given there, such as <c>line_items</c> built as plain dictionaries, satisfies its requirement.
    /// </summary>
    /// <param name="jsonName">Stripe's parameter name.</param>
    /// <returns>Whether the parameter is sent through <see cref="ExtraParameters"/>.</returns>
    protected bool HasExtraParameter(string jsonName) =>
        ExtraParameters is { } extra && extra.TryGetValue(jsonName, out var value) && value is not null;

    /// <summary>Refuses an empty entry in <c>Expand</c> (Stripe would answer with a confusing error).</summary>
    /// <param name="expand">The fields to expand.</param>
    /// <exception cref="ArgumentException">An entry is empty.</exception>
    protected static void ValidateExpand(List<string>? expand)
    {
        if (expand?.Any(string.IsNullOrWhiteSpace) == true)
        {
            throw new ArgumentException("Expand contains an empty field name; remove it.", "Expand");
        }
    }

    /// <summary>Adds the parameters specific to the operation.</summary>
    /// <param name="parameters">The builder to add to.</param>
    protected abstract void AddOwnParameters(ParameterBuilder parameters);

    internal IReadOnlyList<KeyValuePair<string, string>> ToParameters()
    {
        var builder = new ParameterBuilder();
        AddParameters(builder);
        return builder.Pairs;
    }
}
