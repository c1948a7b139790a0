using System.Globalization;

namespace Polvo.Stripe.Http;

/// <summary>
/// Collects request parameters as the flat <c>name=value</c> pairs Stripe expects: nested names become
/// <c>metadata[key]</c> and <c>address[line1]</c>, lists <c>expand[0]</c>. <see langword="null"/> values are
/// omitted; an empty string is kept (Stripe uses it to unset a field).
/// </summary>
public sealed class ParameterBuilder
{
    private readonly List<KeyValuePair<string, string>> _pairs;
    private readonly string? _prefix;

    /// <summary>Creates an empty builder.</summary>
    public ParameterBuilder()
        : this([], null)
    {
    }

    private ParameterBuilder(List<KeyValuePair<string, string>> pairs, string? prefix)
    {
        _pairs = pairs;
        _prefix = prefix;
    }

    /// <summary>Gets the pairs added so far, in order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Pairs => _pairs;

    /// <summary>Adds a string; <see langword="null"/> is omitted, an empty string kept.</summary>
    /// <param name="name">The parameter name.</param>
    /// <param name="value">The value.</param>
    /// <returns>This builder.</returns>
    public ParameterBuilder Add(string name, string? value)
    {
        if (value is not null)
        {
            _pairs.Add(new(Key(name), value));
        }

        return this;
    }

    /// <summary>Adds an integer in invariant culture.</summary>
    /// <param name="name">The parameter name.</param>
    /// <param name="value">The value, or <see langword="null"/> to omit it.</param>
    /// <returns>This builder.</returns>
    public ParameterBuilder Add(string name, long? value) =>
        Add(name, value?.ToString(CultureInfo.InvariantCulture));

    /// <summary>Adds a boolean as <c>true</c> or <c>false</c>.</summary>
    /// <param name="name">The parameter name.</param>
    /// <param name="value">The value, or <see langword="null"/> to omit it.</param>
    /// <returns>This builder.</returns>
    public ParameterBuilder Add(string name, bool? value) =>
        Add(name, value is null ? null : value.Value ? "true" : "false");

    /// <summary>Adds a time as whole Unix seconds.</summary>
    /// <param name="name">The parameter name.</param>
    /// <param name="value">The value, or <see langword="null"/> to omit it.</param>
    /// <returns>This builder.</returns>
    public ParameterBuilder Add(string name, DateTimeOffset? value) =>
        Add(name, value?.ToUnixTimeSeconds());

    /// <summary>Adds a list as <c>name[0]</c>, <c>name[1]</c>, ...</summary>
    /// <param name="name">The parameter name.</param>
    /// <param name="values">The values, or <see langword="null"/> to omit the list.</param>
    /// <returns>This builder.</returns>
    public ParameterBuilder AddList(string name, IEnumerable<string>? values)
    {
        var nested = Nested(name);
        var index = 0;
        foreach (var value in values ?? [])
        {
            nested.Add((index++).ToString(CultureInfo.InvariantCulture), value);
        }

        return this;
    }

    /// <summary>Adds a map as <c>name[key]=value</c>, such as metadata; entries with a <see langword="null"/> value are omitted.</summary>
    /// <param name="name">The parameter name.</param>
    /// <param name="values">The entries, or <see langword="null"/> to omit the map.</param>
    /// <returns>This builder.</returns>
    public ParameterBuilder AddMap(string name, IEnumerable<KeyValuePair<string, string?>>? values)
    {
        var nested = Nested(name);
        foreach (var (key, value) in values ?? [])
        {
            nested.Add(key, value);
        }

        return this;
    }

    /// <summary>Adds a nested object (<c>name[child]</c>) written by <paramref name="value"/>.</summary>
    /// <param name="name">The parameter name.</param>
    /// <param name="value">The object, or <see langword="null"/> to omit it.</param>
    /// <returns>This builder.</returns>
    public ParameterBuilder AddObject(string name, IStripeParameters? value)
    {
        value?.AddParameters(Nested(name));
        return this;
    }

    /// <summary>Adds any value by the rules of <see cref="FormEncoder.Flatten"/> (dictionaries, lists, numbers, enums, ...).</summary>
    /// <param name="name">The parameter name.</param>
    /// <param name="value">The value, or <see langword="null"/> to omit it.</param>
    /// <returns>This builder.</returns>
    public ParameterBuilder AddValue(string name, object? value)
    {
        FormEncoder.AddValue(this, name, value);
        return this;
    }

    /// <summary>
    /// Adds <c>name=</c> (an empty value, which clears a field on Stripe's side) when <paramref name="clear"/> is set;
    /// refuses a value set at the same time, so that a field is only ever cleared on purpose.
    /// </summary>
    /// <param name="name">The parameter name.</param>
    /// <param name="clear">Whether to clear the field.</param>
    /// <param name="hasValue">Whether a value for the same field is set too.</param>
    /// <param name="propertyName">The name of the clear flag, for the error.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">Both the clear flag and a value are set.</exception>
    public ParameterBuilder AddClear(string name, bool clear, bool hasValue, string propertyName)
    {
        if (clear && hasValue)
        {
            throw new ArgumentException($"{propertyName} and a value for {name} are both set; set only one (the flag clears {name}).", propertyName);
        }

        return clear ? Add(name, string.Empty) : this;
    }

    /// <summary>Returns a builder whose names are nested under <paramref name="name"/> (<c>name[child]</c>).</summary>
    /// <param name="name">The parameter name of the nested object.</param>
    /// <returns>A builder adding to the same pairs.</returns>
    public ParameterBuilder Nested(string name) => new(_pairs, Key(name));

    private string Key(string name) => _prefix is null ? name : $"{_prefix}[{name}]";
}
