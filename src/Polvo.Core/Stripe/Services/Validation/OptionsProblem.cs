using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Polvo.Stripe.Services;

/// <summary>
/// An invalid value found in options, with the path the user set to reach it in C# terms (<c>LineItems[0].PriceData</c>)
/// and in Stripe's (<c>line_items[0][price_data]</c>). A nested object reports its problem relative to itself; each
/// options object holding it prepends its own step. It is created only when something is wrong, so validating valid
/// options allocates nothing, and the first problem in property order is the one reported.
/// </summary>
internal sealed class OptionsProblem
{
    private readonly Kind _kind;
    private readonly string _leaf;
    private string _path;
    private string _stripePath;

    private OptionsProblem(Kind kind, string name, string jsonName)
    {
        _kind = kind;
        _leaf = name;
        _path = name;
        _stripePath = "[" + jsonName + "]";
    }

    private enum Kind
    {
        Required,
        RequiredOrClear,
        Conflict,
        NullItem,
    }

    /// <summary>A required property is not set.</summary>
    /// <param name="name">The C# property.</param>
    /// <param name="jsonName">Stripe's parameter.</param>
    /// <param name="clearable">Whether its clear flag (which sends the empty value) satisfies it too.</param>
    /// <returns>The problem.</returns>
    public static OptionsProblem Required(string name, string jsonName, bool clearable = false) =>
        new(clearable ? Kind.RequiredOrClear : Kind.Required, name, jsonName);

    /// <summary>A property and its clear flag are both set.</summary>
    /// <param name="name">The C# property (the flag is <c>Clear</c> followed by it).</param>
    /// <param name="jsonName">Stripe's parameter.</param>
    /// <returns>The problem.</returns>
    public static OptionsProblem Conflict(string name, string jsonName) => new(Kind.Conflict, name, jsonName);

    /// <summary>The first problem of a nested object, if it is set.</summary>
    /// <param name="value">The nested object, or <see langword="null"/> when not set.</param>
    /// <param name="name">The C# property holding it.</param>
    /// <param name="jsonName">Stripe's parameter.</param>
    /// <returns>The problem with its path from the holder, or <see langword="null"/>.</returns>
    public static OptionsProblem? Find(INestedOptions? value, string name, string jsonName) => value?.FindProblem()?.Under(name, jsonName);

    /// <summary>The first problem of a list of nested objects, if it is set: a null element or an element's problem.</summary>
    /// <typeparam name="T">The nested options class.</typeparam>
    /// <param name="items">The list, or <see langword="null"/> when not set.</param>
    /// <param name="name">The C# property holding it.</param>
    /// <param name="jsonName">Stripe's parameter.</param>
    /// <returns>The problem with its path from the holder (with the element's index), or <see langword="null"/>.</returns>
    public static OptionsProblem? FindInList<T>(List<T>? items, string name, string jsonName)
        where T : class, INestedOptions
    {
        if (items is null)
        {
            return null;
        }

        // An index loop: no enumerator, and the index is part of the path.
        for (var i = 0; i < items.Count; i++)
        {
            var problem = items[i] is { } item ? item.FindProblem() : new OptionsProblem(Kind.NullItem, string.Empty, string.Empty);
            if (problem is not null)
            {
                return problem.UnderItem(name, jsonName, i);
            }
        }

        return null;
    }

    /// <summary>Throws the problem of a nested object that was validated on its own.</summary>
    /// <param name="value">The nested object.</param>
    /// <exception cref="ArgumentException">A value is invalid.</exception>
    public static void Check(INestedOptions value) => value.FindProblem()?.Throw();

    /// <summary>Throws <see cref="ToException"/>.</summary>
    /// <exception cref="ArgumentException">Always.</exception>
    [DoesNotReturn]
    public void Throw() => throw ToException();

    /// <summary>
    /// The error for a PowerShell or C# user: the full path in both terms and what to do. Its parameter name is the
    /// top-level property set (<c>Shipping</c>), or the clear flag for a conflict at the top level.
    /// </summary>
    /// <returns>The exception to throw.</returns>
    public ArgumentException ToException()
    {
        var close = _stripePath.IndexOf(']', StringComparison.Ordinal);
        var stripePath = string.Concat(_stripePath.AsSpan(1, close - 1), _stripePath.AsSpan(close + 1));
        var clearPath = string.Concat(_path.AsSpan(0, _path.Length - _leaf.Length), "Clear", _leaf);
        var message = _kind switch
        {
            Kind.Required => $"{_path} is required (Stripe's {stripePath}); set it.",
            Kind.RequiredOrClear => $"{_path} is required (Stripe's {stripePath}); set it, or set {clearPath} to send it empty.",
            Kind.Conflict => $"Set {_path} or {clearPath}, not both ({clearPath} sends an empty {stripePath}, which clears it).",
            _ => $"{_path} is null (Stripe's {stripePath}); remove it from the list or set it.",
        };
        var end = _path.AsSpan().IndexOfAny('.', '[');
        var topLevel = end < 0 ? _path : _path[..end];
        return new ArgumentException(message, _kind == Kind.Conflict && topLevel == _path ? clearPath : topLevel);
    }

    private OptionsProblem Under(string name, string jsonName)
    {
        _path = name + "." + _path;
        _stripePath = "[" + jsonName + "]" + _stripePath;
        return this;
    }

    private OptionsProblem UnderItem(string name, string jsonName, int index)
    {
        var i = index.ToString(CultureInfo.InvariantCulture);
        _path = _path.Length == 0 ? $"{name}[{i}]" : $"{name}[{i}].{_path}";
        _stripePath = _kind == Kind.NullItem ? $"[{jsonName}][{i}]" : $"[{jsonName}][{i}]{_stripePath}";
        return this;
    }
}
