using System.Globalization;

namespace Polvo.Emulator.Http;

/// <summary>
/// Reads typed parameters from a <see cref="FormNode"/>, marking what it read, so that
/// <see cref="ThrowIfUnknown"/> can name the first parameter the endpoint does not take.
/// </summary>
internal sealed class ParamReader(FormNode node, string prefix = "", bool schemaChecked = false)
{
    public FormNode Node { get; } = node;

    public bool Has(string name) => Node.Child(name) is not null;

    public string? String(string name)
    {
        var child = Take(name);
        if (child is null) return null;
        if (child.Children is not null) throw ApiErrors.BadRequest($"Invalid string: {{...}} for {Path(name)}; expected a plain value.", Path(name));
        return child.Value;
    }

    public string RequiredString(string name) =>
        String(name) is { Length: > 0 } value ? value : throw ApiErrors.MissingParameter(Path(name));

    public long? Long(string name)
    {
        var text = String(name);
        if (text is null) return null;
        return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw ApiErrors.InvalidInteger(Path(name), text);
    }

    public bool? Bool(string name)
    {
        var text = String(name);
        return text switch
        {
            null => null,
            "true" => true,
            "false" => false,
            _ => throw ApiErrors.InvalidBoolean(Path(name), text),
        };
    }

    /// <summary>An array written as <c>name[]=a</c> or <c>name[0]=a</c>; null when absent.</summary>
    public List<string>? List(string name)
    {
        var child = Take(name);
        if (child is null) return null;
        if (child.Children is null) return child.Value is { Length: > 0 } single ? [single] : [];
        var indexed = child.Children.Select((pair, order) => (pair, order))
            .OrderBy(x => int.TryParse(x.pair.Key, NumberStyles.None, CultureInfo.InvariantCulture, out var i) ? i : int.MaxValue)
            .ThenBy(x => x.order);
        var result = new List<string>();
        foreach (var (pair, _) in indexed)
        {
            if (pair.Value.Children is not null) throw ApiErrors.BadRequest($"Invalid array: {Path(name)} holds objects; expected plain values.", Path(name));
            result.Add(pair.Value.Value ?? string.Empty);
        }

        return result;
    }

    /// <summary>A map such as <c>metadata[key]=value</c>; a plain empty value (<c>metadata=</c>) gives an empty map.</summary>
    public List<KeyValuePair<string, string>>? Map(string name)
    {
        var child = Take(name);
        if (child is null) return null;
        if (child.Children is null)
        {
            return child.Value is { Length: 0 } ? [] : throw ApiErrors.BadRequest($"Invalid hash: {Path(name)} must be an object such as {name}[key]=value.", Path(name));
        }

        return child.Children.Select(p => new KeyValuePair<string, string>(p.Key, p.Value.Value ?? string.Empty)).ToList();
    }

    /// <summary>A nested object, or null when absent or set to an empty string (which unsets it).</summary>
    public ParamReader? Object(string name, out bool present)
    {
        var child = Node.Child(name);
        present = child is not null;
        if (child is null) return null;
        child.Consumed = true;
        if (child.Children is null)
        {
            return child.Value is { Length: 0 } ? null : throw ApiErrors.BadRequest($"Invalid object: {Path(name)} must be an object such as {name}[field]=value, or empty to unset it.", Path(name));
        }

        child.Opened = true;
        return new ParamReader(child, Path(name), schemaChecked);
    }

    /// <summary>Names the first parameter nobody read; a no-op once the request passed the description's schema check.</summary>
    public void ThrowIfUnknown()
    {
        if (!schemaChecked) Check(Node, prefix);
    }

    private static void Check(FormNode node, string path)
    {
        if (node.Children is null) return;
        foreach (var (key, child) in node.Children)
        {
            var childPath = path.Length == 0 ? key : $"{path}[{key}]";
            if (!child.Consumed) throw ApiErrors.UnknownParameter(childPath);
            if (child.Opened) Check(child, childPath);
        }
    }

    private FormNode? Take(string name)
    {
        var child = Node.Child(name);
        if (child is not null) child.Consumed = true;
        return child;
    }

    private string Path(string name) => prefix.Length == 0 ? name : $"{prefix}[{name}]";
}
