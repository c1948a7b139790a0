using Microsoft.Extensions.Primitives;

namespace Polvo.Emulator.Http;

/// <summary>Builds a <see cref="FormNode"/> tree from decoded form or query pairs.</summary>
internal static class FormParser
{
    public static FormNode Parse(IEnumerable<KeyValuePair<string, StringValues>> pairs)
    {
        var root = new FormNode();
        foreach (var (key, values) in pairs)
        {
            foreach (var value in values)
            {
                Add(root, key, value ?? string.Empty);
            }
        }

        return root;
    }

    public static void Add(FormNode root, string key, string value)
    {
        var open = key.IndexOf('[', StringComparison.Ordinal);
        var node = root.GetOrAdd(open < 0 ? key : key[..open]);
        while (open >= 0)
        {
            var close = key.IndexOf(']', open);
            if (close < 0) throw ApiErrors.BadRequest($"Invalid parameter name: {ApiErrors.Shorten(key)} (a '[' has no matching ']').", key);
            node = node.GetOrAdd(key[(open + 1)..close]);
            open = close + 1 < key.Length && key[close + 1] == '[' ? close + 1 : -1;
            if (open < 0 && close + 1 < key.Length) throw ApiErrors.BadRequest($"Invalid parameter name: {ApiErrors.Shorten(key)}.", key);
        }

        node.Value = value;
    }

    /// <summary>A canonical text of the pairs, used to compare an idempotent retry with the original.</summary>
    public static string Fingerprint(IEnumerable<KeyValuePair<string, StringValues>> pairs)
    {
        var items = new List<string>();
        foreach (var (key, values) in pairs)
        {
            foreach (var value in values) items.Add(key + "\u0001" + value);
        }

        items.Sort(StringComparer.Ordinal);
        return string.Join('\u0002', items);
    }
}
