using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace Polvo.Stripe.Entities;

/// <summary>
/// The fields of one object that Polvo does not model, as the serializer collects them: a small array until they are
/// asked for as a <see cref="Dictionary"/> (what <see cref="IStripeExtensible.ExtensionData"/> shows) or grow past a
/// few, then that dictionary.
/// </summary>
/// <remarks>
/// Written by hand because the serializer fills an extension dictionary of the property's own type, and a
/// <see cref="Dictionary{TKey,TValue}"/> for one field costs 240 bytes: with Stripe adding fields to every object over
/// time, most objects read carry one or two, so a streamed page paid that per object. This costs about 90. Public
/// only because the public serializer context lists it; use <see cref="IStripeExtensible.ExtensionData"/>.
/// </remarks>
public sealed class ExtensionFieldSet : IDictionary<string, JsonElement>
{
    private const int MaxInArray = 8; // past this, lookups by a linear scan stop being cheaper than hashing

    private KeyValuePair<string, JsonElement>[] _items;
    private int _count;
    private Dictionary<string, JsonElement>? _dictionary;

    /// <summary>Creates an empty set, for the serializer.</summary>
    public ExtensionFieldSet() => _items = new KeyValuePair<string, JsonElement>[1];

    private ExtensionFieldSet(Dictionary<string, JsonElement> dictionary)
    {
        _items = [];
        _dictionary = dictionary;
    }

    /// <summary>Gets the fields as a dictionary, the same instance from then on (changes to it are what gets written).</summary>
    public Dictionary<string, JsonElement> Dictionary
    {
        get
        {
            if (_dictionary is null)
            {
                var dictionary = new Dictionary<string, JsonElement>(_count);
                for (var i = 0; i < _count; i++)
                {
                    dictionary[_items[i].Key] = _items[i].Value;
                }

                (_dictionary, _items, _count) = (dictionary, [], 0);
            }

            return _dictionary;
        }
    }

    /// <inheritdoc/>
    public int Count => _dictionary?.Count ?? _count;

    /// <inheritdoc/>
    public bool IsReadOnly => false;

    /// <inheritdoc/>
    public ICollection<string> Keys => Dictionary.Keys;

    /// <inheritdoc/>
    public ICollection<JsonElement> Values => Dictionary.Values;

    /// <inheritdoc/>
    public JsonElement this[string key]
    {
        get => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"No unmodelled field '{key}'.");
        set
        {
            ArgumentNullException.ThrowIfNull(key);
            if (_dictionary is not null)
            {
                _dictionary[key] = value;
                return;
            }

            var index = IndexOf(key);
            if (index >= 0)
            {
                _items[index] = new(key, value);
            }
            else if (_count == MaxInArray)
            {
                Dictionary[key] = value;
            }
            else
            {
                if (_count == _items.Length)
                {
                    Array.Resize(ref _items, Math.Min(MaxInArray, _count * 2));
                }

                _items[_count++] = new(key, value);
            }
        }
    }

    /// <summary>Wraps the dictionary a caller set (by reference), or returns <see langword="null"/>.</summary>
    /// <param name="dictionary">The fields, or <see langword="null"/>.</param>
    /// <returns>The wrapper, or <see langword="null"/>.</returns>
    [return: NotNullIfNotNull(nameof(dictionary))]
    public static ExtensionFieldSet? Of(Dictionary<string, JsonElement>? dictionary) => dictionary is null ? null : new(dictionary);

    /// <inheritdoc/>
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out JsonElement value)
    {
        if (_dictionary is not null)
        {
            return _dictionary.TryGetValue(key, out value);
        }

        var index = IndexOf(key);
        value = index >= 0 ? _items[index].Value : default;
        return index >= 0;
    }

    /// <inheritdoc/>
    public bool ContainsKey(string key) => TryGetValue(key, out _);

    /// <inheritdoc/>
    public void Add(string key, JsonElement value)
    {
        if (ContainsKey(key))
        {
            throw new ArgumentException($"The unmodelled field '{key}' is already present.", nameof(key));
        }

        this[key] = value;
    }

    /// <inheritdoc/>
    public void Add(KeyValuePair<string, JsonElement> item) => Add(item.Key, item.Value);

    /// <inheritdoc/>
    public bool Remove(string key) => Dictionary.Remove(key);

    /// <inheritdoc/>
    public bool Remove(KeyValuePair<string, JsonElement> item) => ((ICollection<KeyValuePair<string, JsonElement>>)Dictionary).Remove(item);

    /// <inheritdoc/>
    public void Clear() => Dictionary.Clear();

    /// <inheritdoc/>
    public bool Contains(KeyValuePair<string, JsonElement> item) => ((ICollection<KeyValuePair<string, JsonElement>>)Dictionary).Contains(item);

    /// <inheritdoc/>
    public void CopyTo(KeyValuePair<string, JsonElement>[] array, int arrayIndex) => ((ICollection<KeyValuePair<string, JsonElement>>)Dictionary).CopyTo(array, arrayIndex);

    /// <inheritdoc/>
    public IEnumerator<KeyValuePair<string, JsonElement>> GetEnumerator() =>
        _dictionary is not null ? _dictionary.GetEnumerator() : ((IEnumerable<KeyValuePair<string, JsonElement>>)new ArraySegment<KeyValuePair<string, JsonElement>>(_items, 0, _count)).GetEnumerator();

    /// <inheritdoc/>
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int IndexOf(string key)
    {
        for (var i = 0; i < _count; i++)
        {
            if (string.Equals(_items[i].Key, key, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
