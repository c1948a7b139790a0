using System.Collections.Concurrent;

namespace Polvo.Emulator;

/// <summary>
/// Every request the emulator received, in arrival order of completion, with counts by method and path.
/// Thread-safe. Keeps the most recent <see cref="Capacity"/> records; the counts cover every request.
/// </summary>
public sealed class EmulatorRequestLog
{
    private readonly object _gate = new();
    private readonly Queue<EmulatorRequestRecord> _records = new();
    private readonly ConcurrentDictionary<(string Method, string Path), int> _counts = new();
    private int _total;
    private int _count429;

    internal EmulatorRequestLog(int capacity) => Capacity = capacity;

    /// <summary>Gets how many records the log keeps before it drops the oldest.</summary>
    public int Capacity { get; }

    /// <summary>Gets the number of requests since start or the last <see cref="Clear"/>.</summary>
    public int Total => Volatile.Read(ref _total);

    /// <summary>Gets the number of requests answered with 429 (rate limit or lock timeout).</summary>
    public int Count429 => Volatile.Read(ref _count429);

    /// <summary>Gets the number of requests with this method and exact path, such as <c>("GET", "/v1/customers")</c>.</summary>
    /// <param name="method">The HTTP method.</param>
    /// <param name="path">The path without query string.</param>
    /// <returns>The count.</returns>
    public int Count(string method, string path) =>
        _counts.TryGetValue((method.ToUpperInvariant(), path), out var count) ? count : 0;

    /// <summary>Gets a copy of the kept records, oldest first.</summary>
    /// <returns>The records.</returns>
    public IReadOnlyList<EmulatorRequestRecord> Snapshot()
    {
        lock (_gate) return _records.ToArray();
    }

    /// <summary>Forgets every record and count.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _records.Clear();
            _counts.Clear();
            _total = 0;
            _count429 = 0;
        }
    }

    internal void Add(EmulatorRequestRecord record)
    {
        lock (_gate)
        {
            _records.Enqueue(record);
            if (_records.Count > Capacity) _records.Dequeue();
            _counts.AddOrUpdate((record.Method, record.Path), 1, (_, c) => c + 1);
            _total++;
            if (record.StatusCode == 429) _count429++;
        }
    }
}
