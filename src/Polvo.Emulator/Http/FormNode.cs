namespace Polvo.Emulator.Http;

/// <summary>
/// One node of Stripe's bracket syntax: <c>metadata[key]=v</c>, <c>expand[]=a</c>, <c>expand[0]=a</c>.
/// A node holds a value, children, or (for <c>address=</c> with <c>address[city]=</c>) both.
/// </summary>
internal sealed class FormNode
{
    public string? Value { get; set; }

    public List<KeyValuePair<string, FormNode>>? Children { get; private set; }

    /// <summary>Whether a reader took this node (and, unless <see cref="Opened"/>, everything below it).</summary>
    public bool Consumed { get; set; }

    /// <summary>Whether a reader opened this node as an object whose children it reads one by one.</summary>
    public bool Opened { get; set; }

    public FormNode? Child(string name)
    {
        if (Children is null) return null;
        foreach (var pair in Children)
        {
            if (pair.Key == name) return pair.Value;
        }

        return null;
    }

    public FormNode GetOrAdd(string name)
    {
        Children ??= [];
        if (name.Length > 0 && Child(name) is { } existing) return existing;
        var node = new FormNode();
        Children.Add(new(name, node));
        return node;
    }
}
