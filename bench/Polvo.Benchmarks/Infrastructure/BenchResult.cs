using System.Text.Json;

namespace Polvo.Benchmarks.Infrastructure;

/// <summary>
/// One scenario's figures, in the order they were added, plus its correctness checks (duplicates, missing,
/// failures). Written as one JSON object with <see cref="Utf8JsonWriter"/>.
/// </summary>
internal sealed class BenchResult(string scenario)
{
    private readonly List<(string Name, object Value)> _fields = [];
    private readonly List<string> _failedChecks = [];

    public string Scenario { get; } = scenario;

    /// <summary>Gets the correctness checks that failed, each as a readable sentence.</summary>
    public IReadOnlyList<string> FailedChecks => _failedChecks;

    /// <summary>Gets the figures in the order they were added.</summary>
    public IReadOnlyList<(string Name, object Value)> Fields => _fields;

    public BenchResult Add(string name, long value) => AddField(name, value);

    /// <summary>Adds a figure taken from another result, keeping its type.</summary>
    public BenchResult AddRaw(string name, object value) => AddField(name, value);

    /// <summary>Gets a whole-number figure by name.</summary>
    public long Number(string name) => (long)_fields.First(f => f.Name == name).Value;

    public BenchResult Add(string name, double value, int decimals = 2) => AddField(name, Math.Round(value, decimals));

    public BenchResult Add(string name, bool value) => AddField(name, value);

    public BenchResult Add(string name, string value) => AddField(name, value);

    /// <summary>Records a correctness check: <paramref name="actual"/> must equal <paramref name="expected"/>.</summary>
    public void Expect(string field, long actual, long expected)
    {
        if (actual != expected)
            _failedChecks.Add($"{Scenario}.{field} is {actual}, expected {expected}");
    }

    /// <summary>Records a failed check taken from another result.</summary>
    public void Fail(string check) => _failedChecks.Add(check);

    public void WriteTo(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("scenario", Scenario);
        foreach (var (name, value) in _fields)
        {
            switch (value)
            {
                case long number: writer.WriteNumber(name, number); break;
                case double number: writer.WriteNumber(name, number); break;
                case bool flag: writer.WriteBoolean(name, flag); break;
                default: writer.WriteString(name, (string)value); break;
            }
        }

        writer.WriteBoolean("correct", _failedChecks.Count == 0);
        writer.WriteEndObject();
    }

    public string ToJson()
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
            WriteTo(writer);
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private BenchResult AddField(string name, object value)
    {
        _fields.Add((name, value));
        return this;
    }
}
