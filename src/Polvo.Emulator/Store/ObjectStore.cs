namespace Polvo.Emulator.Store;

/// <summary>
/// One resource's objects in memory, safe under concurrent requests (one lock, held only to find and copy).
/// Objects are ordered by a packed (created, sequence) key kept sorted, so created ranges and cursors are
/// binary searches. Seeded objects are virtual: only their keys are held, and a record is built on demand
/// from its sequence number until it is changed.
/// </summary>
internal sealed class ObjectStore<T>(string resource, SeededIds seededIds, ISeedSource<T>? seed)
    where T : class, IStoredRecord
{
    private readonly object _gate = new();
    private readonly List<long> _keys = new(seed?.Count ?? 0);
    private readonly List<T?> _bySeq = new(seed?.Count ?? 0);
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly HashSet<int> _deleted = [];
    private readonly int _seeded = seed?.Count ?? 0;

    /// <summary>The resource name used in messages, such as <c>customer</c>.</summary>
    public string Resource { get; } = resource;

    public int Count
    {
        get { lock (_gate) return _keys.Count; }
    }

    /// <summary>Adds the seeded objects; called once before serving.</summary>
    public void LoadSeed()
    {
        if (seed is null) return;
        lock (_gate)
        {
            for (var seq = 0; seq < seed.Count; seq++)
            {
                _keys.Add(SortKey.Of(seed.CreatedOf(seq), seq));
                _bySeq.Add(null);
            }

            _keys.Sort();
        }
    }

    public string SeededId(int seq) => seededIds.Encode(seq);

    /// <summary>Creates an object; <paramref name="create"/> gets the new id and sequence number.</summary>
    public T Add(string prefix, int idLength, long created, Func<string, int, T> create)
    {
        lock (_gate)
        {
            string id;
            do id = Ids.Random(prefix, idLength);
            while (_ids.ContainsKey(id) || seededIds.TryDecode(id, out _));
            return Insert(id, created, create);
        }
    }

    /// <summary>Creates an object with an id the caller chose (such as a coupon's); null when the id is taken.</summary>
    public T? AddWithId(string id, long created, Func<string, int, T> create)
    {
        lock (_gate)
        {
            if (_ids.ContainsKey(id) || (seededIds.TryDecode(id, out var seeded) && seeded < _seeded)) return null;
            return Insert(id, created, create);
        }
    }

    private T Insert(string id, long created, Func<string, int, T> create)
    {
        var seq = _bySeq.Count;
        var record = create(id, seq);
        _bySeq.Add(record);
        _ids.Add(id, seq);
        var key = SortKey.Of(created, seq);
        var at = _keys.Count == 0 || _keys[^1] < key ? _keys.Count : ~_keys.BinarySearch(key);
        _keys.Insert(at, key);
        return record;
    }

    /// <summary>Finds an object. <paramref name="deleted"/> tells a deleted one (null result) from one never seen.</summary>
    public T? Get(string id, out bool deleted)
    {
        lock (_gate)
        {
            deleted = false;
            if (!TryFind(id, out var seq)) return null;
            deleted = _deleted.Contains(seq);
            return deleted ? null : Load(seq);
        }
    }

    public T? Get(string id) => Get(id, out _);

    /// <summary>Replaces an object with a changed copy; null when it does not exist.</summary>
    public T? Update(string id, Func<T, T> change)
    {
        lock (_gate)
        {
            if (!TryFind(id, out var seq) || _deleted.Contains(seq)) return null;
            var changed = change(Load(seq));
            _bySeq[seq] = changed;
            return changed;
        }
    }

    /// <summary>Deletes an object; false when it does not exist.</summary>
    public bool Delete(string id)
    {
        lock (_gate)
        {
            if (!TryFind(id, out var seq) || _deleted.Contains(seq)) return false;
            var key = SortKey.Of(Load(seq));
            _keys.RemoveAt(_keys.BinarySearch(key));
            _deleted.Add(seq);
            _bySeq[seq] = null;
            return true;
        }
    }

    public ListPage<T> List(ListQuery<T> query)
    {
        lock (_gate)
        {
            var lo = LowerBound(SortKey.First(query.CreatedFrom));
            var hi = LowerBound(SortKey.First(query.CreatedTo));
            var items = new List<T>(Math.Min(query.Limit + 1, 101));
            if (query.EndingBefore is not null)
            {
                var from = Math.Max(lo, CursorIndex(query.EndingBefore, "ending_before") + 1);
                for (var i = from; i < hi && items.Count <= query.Limit; i++) Collect(i, query.Filter, items);
                var more = items.Count > query.Limit;
                if (more) items.RemoveAt(items.Count - 1);
                items.Reverse();
                return new ListPage<T>(items, more);
            }

            var to = query.StartingAfter is null ? hi : Math.Min(hi, CursorIndex(query.StartingAfter, "starting_after"));
            for (var i = to - 1; i >= lo && items.Count <= query.Limit; i--) Collect(i, query.Filter, items);
            var hasMore = items.Count > query.Limit;
            if (hasMore) items.RemoveAt(items.Count - 1);
            return new ListPage<T>(items, hasMore);
        }
    }

    /// <summary>Walks every object newest first, starting below <paramref name="beforeKey"/>, until <paramref name="visit"/> says stop.</summary>
    public void Scan(long beforeKey, Func<T, bool> visit)
    {
        lock (_gate)
        {
            for (var i = LowerBound(beforeKey) - 1; i >= 0; i--)
            {
                if (!visit(Load(SortKey.Seq(_keys[i])))) return;
            }
        }
    }

    private void Collect(int index, Func<T, bool>? filter, List<T> items)
    {
        var record = Load(SortKey.Seq(_keys[index]));
        if (filter is null || filter(record)) items.Add(record);
    }

    private int CursorIndex(string id, string param)
    {
        if (!TryFind(id, out var seq) || _deleted.Contains(seq))
        {
            throw Http.ApiErrors.NoSuch(Resource, id, param, 400);
        }

        return _keys.BinarySearch(SortKey.Of(Load(seq)));
    }

    private int LowerBound(long key)
    {
        var index = _keys.BinarySearch(key);
        return index >= 0 ? index : ~index;
    }

    private bool TryFind(string id, out int seq) =>
        _ids.TryGetValue(id, out seq) || (seededIds.TryDecode(id, out seq) && seq < _seeded);

    private T Load(int seq) => _bySeq[seq] ?? seed!.Create(seq, seededIds.Encode(seq));
}
