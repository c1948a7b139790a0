using Polvo.Emulator.Store;

namespace Polvo.Emulator.Generic;

/// <summary>One store per generic resource, found by object name or by the prefix of an id.</summary>
internal sealed class GenericStores
{
    private readonly Dictionary<string, (ResourceType Type, ObjectStore<GenericRecord> Store)> _byObject = new(StringComparer.Ordinal);
    private readonly List<(string Prefix, ResourceType Type, ObjectStore<GenericRecord> Store)> _byPrefix = [];

    public void Add(ResourceType type, ObjectStore<GenericRecord> store)
    {
        _byObject.Add(type.Object, (type, store));
        if (type.IdPrefix.Length > 0) _byPrefix.Add((type.IdPrefix, type, store));
        _byPrefix.Sort((a, b) => b.Prefix.Length.CompareTo(a.Prefix.Length));
    }

    public ObjectStore<GenericRecord> this[string objectType] => _byObject[objectType].Store;

    public ResourceType Type(string objectType) => _byObject[objectType].Type;

    public IEnumerable<ResourceType> Types => _byObject.Values.Select(v => v.Type);

    /// <summary>The stored object with this id, from the store its prefix names; null when none.</summary>
    public GenericRecord? Find(string id, out ResourceType? type)
    {
        foreach (var (prefix, t, store) in _byPrefix)
        {
            if (!id.StartsWith(prefix, StringComparison.Ordinal)) continue;
            type = t;
            return store.Get(id);
        }

        type = null;
        return null;
    }
}
